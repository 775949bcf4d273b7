using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Ruta.Web.Kernel.Custody;
using Ruta.Web.Kernel.Removal;
using Ruta.Web.Kernel.Web;
using Ruta.Web.Modules.Migration.Domain;
using Ruta.Web.Modules.Migration.Features;

namespace Ruta.Web.Modules.Migration;

/// <summary>
/// Migration procedures of INM: control migratorio at the filters (entries, exits, refusals of entry),
/// puestas a disposición, and stays in migration stations with their time limits. Implements the
/// kernel's custody contract (<see cref="IStationCustody"/>), adds the removal guard's ASYLUM_REQUESTED
/// rule, the API under /api/v1/migration and the /Migration pages.
/// </summary>
public static class MigrationModule
{
    public static IServiceCollection AddMigration(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<AuthorizationOptions>(MigrationPolicies.Register);
        services.Configure<MigrationOptions>(configuration.GetSection(MigrationOptions.Section));
        services.Replace(ServiceDescriptor.Scoped<IStationCustody, StationCustody>());
        services.AddRemovalRule<AsylumRequestRemovalRule>(MigrationRules.AsylumRequested);
        // The child-protection module replaces it (services.Replace) to answer from its own records.
        services.TryAddScoped<ICanalizationRecords, MigrationCanalizationRecords>();
        services.AddScoped<StationAgeGate>();
        services.AddScoped<StayActs>();
        services.AddScoped<RecordBorderCrossing.Handler>();
        services.AddScoped<RefuseEntry.Handler>();
        services.AddScoped<RecordApprehension.Handler>();
        services.AddScoped<GetApprehension.Handler>();
        services.AddScoped<BrowseApprehensions.Handler>();
        services.AddScoped<RecordCanalization.Handler>();
        services.AddScoped<AdmitToStation.Handler>();
        services.AddScoped<GetStationStay.Handler>();
        services.AddScoped<BrowseStationRoster.Handler>();
        services.AddScoped<RecordStayAsylumRequest.Handler>();
        services.AddScoped<ExtendStay.Handler>();
        services.AddScoped<ReleaseFromStation.Handler>();
        services.AddSingleton<Kernel.Access.IDemoDataContributor, MigrationDemoData>();
        services.AddSingleton<Kernel.Synthetic.ISyntheticDataPart, MigrationSyntheticData>();
        services.AddSingleton(new NavItem("Estaciones migratorias", "/Migration", MigrationPolicies.Roster, 50));
        return services;
    }
}
