using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Ruta.Web.Kernel.Persistence;

/// <summary>/healthz is healthy only when the database answers.</summary>
internal sealed class DatabaseHealthCheck(RutaDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("database unreachable");
}
