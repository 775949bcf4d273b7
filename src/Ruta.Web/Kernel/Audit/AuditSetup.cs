using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.Web;

namespace Ruta.Web.Kernel.Audit;

public static class AuditSetup
{
    /// <summary>The audit log pages (/Audit) and their menu entry; the trail itself is written by <see cref="AuditingInterceptor"/>.</summary>
    public static IServiceCollection AddAuditLog(this IServiceCollection services)
    {
        // PostConfigure: AddRazorPages' own setup replaces the convention collection, dropping anything configured earlier.
        services.PostConfigure<Microsoft.AspNetCore.Mvc.RazorPages.RazorPagesOptions>(o =>
            o.Conventions.AuthorizeFolder("/Audit", Policies.AuditRead));
        services.AddSingleton(new NavItem("Bitácora de auditoría", "/Audit", Policies.AuditRead, 95));
        return services;
    }
}
