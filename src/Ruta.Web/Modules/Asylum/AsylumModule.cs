using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using Ruta.Web.Kernel.Removal;
using Ruta.Web.Kernel.Web;
using Ruta.Web.Modules.Asylum.Domain;
using Ruta.Web.Modules.Asylum.Features;

namespace Ruta.Web.Modules.Asylum;

/// <summary>
/// The asylum procedure (COMAR ↔ INM): claims for refugee status from filing to recognition or
/// final rejection, their deadlines and oficios, the removal guard's asylum rule, the API under
/// /api/v1/asylum-claims and the /Asylum pages.
/// </summary>
public static class AsylumModule
{
    public static IServiceCollection AddAsylum(this IServiceCollection services)
    {
        services.Configure<AuthorizationOptions>(AsylumPolicies.Register);
        services.AddRemovalRule<AsylumRemovalRule>(AsylumRemovalRule.Name);
        services.AddScoped<ClaimActs>();
        services.AddScoped<FileAsylumClaim.Handler>();
        services.AddScoped<GetAsylumClaim.Handler>();
        services.AddScoped<BrowseAsylumClaims.Handler>();
        services.AddScoped<GetAsylumStatus.Handler>();
        services.AddScoped<IssueAsylumDocument.Handler>();
        services.AddScoped<RatifyClaim.Handler>();
        services.AddScoped<MarkRatificationLapsed.Handler>();
        services.AddScoped<DecideLateFiling.Handler>();
        services.AddScoped<RecordInterview.Handler>();
        services.AddScoped<RecordSigning.Handler>();
        services.AddScoped<RequestOpinion.Handler>();
        services.AddScoped<RecordOpinionResponse.Handler>();
        services.AddScoped<ReceiveEvidence.Handler>();
        services.AddScoped<ExtendResolutionPeriod.Handler>();
        services.AddScoped<RecordResolution.Handler>();
        services.AddScoped<RecordNotification.Handler>();
        services.AddScoped<FileAppeal.Handler>();
        services.AddScoped<MarkAppealWindowLapsed.Handler>();
        services.AddScoped<DecideAppeal.Handler>();
        services.AddScoped<RecordAbandonment.Handler>();
        services.AddScoped<RecordWithdrawal.Handler>();
        services.AddScoped<RecordArticle52Determination.Handler>();
        services.AddScoped<RequestConsularContact.Handler>();
        services.AddScoped<ScheduleAppointment.Handler>();
        services.AddScoped<ReissueStatusSecret.Handler>();
        services.AddScoped<CheckAsylumStatus.Handler>();
        services.AddOptions<AsylumPublicStatusOptions>().BindConfiguration("Asylum:PublicStatus");
        services.AddRateLimiter(o => o.AddPolicy(CheckAsylumStatus.RateLimitPolicy, http =>
            // Only the checks (POST) count: opening the form or switching its language does not.
            HttpMethods.IsPost(http.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(http.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ =>
                    new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = Math.Max(1, http.RequestServices.GetRequiredService<IOptions<AsylumPublicStatusOptions>>().Value.PermitsPerMinute),
                        Window = TimeSpan.FromMinutes(1),
                        QueueLimit = 0,
                    })
                : RateLimitPartition.GetNoLimiter("read")));
        services.AddSingleton<Kernel.Access.IDemoDataContributor, AsylumDemoData>();
        services.AddSingleton<Kernel.Synthetic.ISyntheticDataPart, AsylumSyntheticData>();
        services.AddSingleton(new NavItem("Refugio (COMAR)", "/Asylum", AsylumPolicies.Read, 40));
        return services;
    }
}
