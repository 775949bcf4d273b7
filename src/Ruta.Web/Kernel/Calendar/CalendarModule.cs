using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.Web;

namespace Ruta.Web.Kernel.Calendar;

/// <summary>Wires the legal calendar: closures, deadlines, the missed-deadline job, the calculator and "Mis plazos".</summary>
public static class CalendarModule
{
    public static IServiceCollection AddLegalCalendar(this IServiceCollection services)
    {
        services.AddSingleton<LegalCalendarProvider>();
        services.AddScoped<IDeadlines, Deadlines>();
        services.AddSingleton<MissedDeadlineJob>();
        services.AddHostedService(sp => sp.GetRequiredService<MissedDeadlineJob>());
        services.AddSingleton(new NavItem("Mis plazos", "/Deadlines", Policies.CaseWork, 20));
        services.AddSingleton(new NavItem("Calculadora de plazos", "/Calendar/Calculator", Policies.Authenticated, 80));
        return services;
    }

    public static RouteGroupBuilder MapCalendarApi(this RouteGroupBuilder api)
    {
        api.MapCalculatorApi();
        api.MapClosuresApi();
        api.MapMyDeadlinesApi();
        return api;
    }
}
