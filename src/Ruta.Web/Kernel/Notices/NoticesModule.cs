using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.Calendar;
using Ruta.Web.Kernel.Web;

namespace Ruta.Web.Kernel.Notices;

/// <summary>Oficios between agencies: the sender service, the API under /api/v1/notices and the /Notices pages.</summary>
public static class NoticesModule
{
    public static IServiceCollection AddNotices(this IServiceCollection services)
    {
        services.AddScoped<NoticeSender>();
        // The calendar module registers the real scheduler; this one only stands in until it does.
        services.Configure<RazorPagesOptions>(o => o.Conventions.AuthorizeFolder("/Notices", Policies.NoticesRead));
        services.AddSingleton(new NavItem("Oficios", "/Notices", Policies.CaseWork, 30));
        return services;
    }

    public static RouteGroupBuilder MapNoticesApi(this RouteGroupBuilder api)
    {
        var notices = api.MapGroup("/notices").WithTags("Notices");
        BrowseNotices.Map(notices);
        ReadNotice.Map(notices);
        SendNotice.Map(notices);
        AcknowledgeNotice.Map(notices);
        return api;
    }
}
