using Microsoft.AspNetCore.Authorization;
using Ruta.Web.Kernel.Custody;
using Ruta.Web.Kernel.Removal;
using Ruta.Web.Kernel.Web;
using Ruta.Web.Modules.Regularization.Domain;
using Ruta.Web.Modules.Regularization.Features;

namespace Ruta.Web.Modules.Regularization;

/// <summary>
/// Migratory regularization and family unity (INM): the regularization procedure (walk-in or from a
/// station, exit permit, prevención, resolution with card or order to leave), the family-unity
/// procedures (visa at INM, change of condition) and their eligibility, the station admission bar of
/// LM art. 136, the removal guard's regularization rule, the API under /api/v1/migration/regularizations
/// and /api/v1/migration/family-unity, and the /Regularization and /FamilyUnity pages.
/// </summary>
public static class RegularizationModule
{
    public static IServiceCollection AddRegularization(this IServiceCollection services)
    {
        services.Configure<AuthorizationOptions>(RegularizationPolicies.Register);
        services.AddScoped<IStationAdmissionBar, RegularizationAdmissionBar>();
        services.AddRemovalRule<RegularizationRemovalRule>(RegularizationRemovalRule.Name);
        services.AddScoped<RegularizationActs>();
        services.AddScoped<FamilyFacts>();
        services.AddScoped<GetRegularization.Handler>();
        services.AddScoped<BrowseRegularizations.Handler>();
        services.AddScoped<FileRegularization.Handler>();
        services.AddScoped<UpdateRegularizationRequirements.Handler>();
        services.AddScoped<IssueExitPermit.Handler>();
        services.AddScoped<IssueRegularizationPrevention.Handler>();
        services.AddScoped<AnswerRegularizationPrevention.Handler>();
        services.AddScoped<DismissRegularization.Handler>();
        services.AddScoped<ResolveRegularization.Handler>();
        services.AddScoped<WithdrawRegularization.Handler>();
        services.AddScoped<RecordDeparture.Handler>();
        services.AddScoped<LapseDepartureOrder.Handler>();
        services.AddScoped<CheckFamilyEligibility.Handler>();
        services.AddScoped<GetFamilyUnity.Handler>();
        services.AddScoped<BrowseFamilyUnity.Handler>();
        services.AddScoped<FileFamilyUnity.Handler>();
        services.AddScoped<FileFamilyRegularization.Handler>();
        services.AddScoped<UpdateFamilyUnityRequirements.Handler>();
        services.AddScoped<IssueFamilyUnityPrevention.Handler>();
        services.AddScoped<AnswerFamilyUnityPrevention.Handler>();
        services.AddScoped<DismissFamilyUnity.Handler>();
        services.AddScoped<ResolveFamilyUnity.Handler>();
        services.AddScoped<WithdrawFamilyUnity.Handler>();
        services.AddSingleton<Kernel.Access.IDemoDataContributor, RegularizationDemoData>();
        services.AddSingleton(new NavItem("Regularización (INM)", "/Regularization", RegularizationPolicies.Read, 55));
        services.AddSingleton(new NavItem("Unidad familiar (INM)", "/FamilyUnity", RegularizationPolicies.Read, 56));
        return services;
    }
}
