using Microsoft.AspNetCore.Authorization;
using Ruta.Web.Kernel.Removal;
using Ruta.Web.Kernel.Web;
using Ruta.Web.Modules.Removals.Domain;
using Ruta.Web.Modules.Removals.Features;

namespace Ruta.Web.Modules.Removals;

/// <summary>
/// Removals (INM): assisted return and deportation as one procedure on top of the kernel's removal
/// guard and removal record, the amparo rule of the guard, the API under /api/v1/migration/removals and
/// the /Removals pages (the removal screen shows the guard's answer before anything can be submitted).
/// </summary>
public static class RemovalsModule
{
    public static IServiceCollection AddRemovals(this IServiceCollection services)
    {
        services.Configure<AuthorizationOptions>(RemovalsPolicies.Register);
        services.AddRemovalRule<AmparoRemovalRule>(AmparoRemovalRule.Name);
        services.AddScoped<FamilyTravel>();
        services.AddScoped<RemovalActs>();
        services.AddScoped<GetRemoval.Handler>();
        services.AddScoped<BrowseRemovals.Handler>();
        services.AddScoped<StartRemoval.Handler>();
        services.AddScoped<RecordRight.Handler>();
        services.AddScoped<ScheduleRemoval.Handler>();
        services.AddScoped<RescheduleRemoval.Handler>();
        services.AddScoped<ExecuteRemoval.Handler>();
        services.AddScoped<CancelRemoval.Handler>();
        services.AddScoped<ResumeRemoval.Handler>();
        services.AddScoped<RecordAmparo.Handler>();
        services.AddScoped<ResolveAmparo.Handler>();
        services.AddSingleton<Kernel.Access.IDemoDataContributor, RemovalsDemoData>();
        services.AddSingleton(new NavItem("Salidas (INM)", "/Removals", RemovalsPolicies.Read, 55));
        return services;
    }
}
