using Microsoft.AspNetCore.Authorization;
using Ruta.Web.Kernel.ChildProtection;
using Ruta.Web.Kernel.Removal;
using Ruta.Web.Kernel.Web;
using Ruta.Web.Modules.Children.Domain;
using Ruta.Web.Modules.Children.Features;

namespace Ruta.Web.Modules.Children;

/// <summary>
/// Migrant children (NNA): identification, the notice to the Procuraduría de Protección, canalization
/// to DIF and shelter, the TVRH, the international-protection screening, the restitution-of-rights
/// procedure and the plan that binds INM, INM's decision, follow-up and reunification; the kernel's
/// child-protection gate and the removal guard's child rule; the API under /api/v1/children and the
/// /Children pages.
/// </summary>
public static class ChildrenModule
{
    public static IServiceCollection AddChildren(this IServiceCollection services)
    {
        services.Configure<AuthorizationOptions>(ChildrenPolicies.Register);
        // Same name as the kernel's provisional rule: this registration replaces it (RemovalModule.AddRemovalRule).
        services.AddRemovalRule<ChildReturnRule>(RemovalRuleNames.ChildReturnRequiresProtectionEvidence);
        services.AddScoped<IChildProtectionGate, ChildProtectionGate>();
        services.AddScoped<Kernel.Custody.IStationAdmissionBar, ChildStationBar>();
        services.AddScoped<CaseActs>();
        services.AddScoped<IdentifyChildren.Handler>();
        services.AddScoped<CanalizeChild.Handler>();
        services.AddScoped<PlaceChild.Handler>();
        services.AddScoped<EndPlacement.Handler>();
        services.AddScoped<IssueChildTvrh.Handler>();
        services.AddScoped<ScreenForProtection.Handler>();
        services.AddScoped<ResolveProtectionNeed.Handler>();
        services.AddScoped<NotifyConsulate.Handler>();
        services.AddScoped<UrgentMeasures.RequestHandler>();
        services.AddScoped<UrgentMeasures.DecreeHandler>();
        services.AddScoped<UrgentMeasures.RulingHandler>();
        services.AddScoped<ReceiveCase.Handler>();
        services.AddScoped<DiagnoseFamily.Handler>();
        services.AddScoped<DetermineRights.Handler>();
        services.AddScoped<DetermineBestInterest.Handler>();
        services.AddScoped<DetermineAdultContrary.Handler>();
        services.AddScoped<AssessRisk.Handler>();
        services.AddScoped<RecordReunification.Handler>();
        services.AddScoped<IssueRestitutionPlan.Handler>();
        services.AddScoped<RecordInmDecision.Handler>();
        services.AddScoped<AssignEscort.Handler>();
        services.AddScoped<RecordReceivingAuthority.Handler>();
        services.AddScoped<RecordFollowUp.Handler>();
        services.AddScoped<CloseCase.Handler>();
        services.AddScoped<GetChildFile.Handler>();
        services.AddScoped<GetInmView.Handler>();
        services.AddScoped<Worklists.Handler>();
        services.AddScoped<ManageCareCenters.Handler>();
        services.AddSingleton<Kernel.Access.IDemoDataContributor, ChildrenDemoData>();
        services.AddSingleton<Kernel.Synthetic.ISyntheticDataPart, ChildrenSyntheticData>();
        services.AddSingleton(new NavItem("Niñez migrante", "/Children", ChildrenPolicies.ReadFile, 50));
        services.AddSingleton(new NavItem("Alojamiento DIF", "/Children/Care", ChildrenPolicies.Care, 51));
        services.AddSingleton(new NavItem("Niñez migrante (INM)", "/Children/Inm", ChildrenPolicies.InmView, 52));
        services.AddSingleton(new NavItem("Identificar NNA", "/Children/Identify", ChildrenPolicies.Identify, 53));
        return services;
    }
}
