using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Ruta.Web.Kernel.Audit;
using Ruta.Web.Kernel.Persistence;

namespace Ruta.Web.Kernel.Calendar;

/// <summary>
/// Marks Open deadlines whose limit has passed as Missed, every few minutes (Calendar:MissedDeadlines:
/// IntervalMinutes, default 5; Calendar:MissedDeadlines:Enabled=false turns it off, as the tests do).
/// </summary>
/// <remarks>
/// Safe with several app instances: a pass is ONE conditional UPDATE (<c>WHERE Status = 'Open' AND past
/// due</c>), so a row is marked by exactly one pass and a row that became past due is never skipped (the
/// next pass of any instance takes it). Bulk updates bypass the audit interceptor, so each pass stamps the
/// rows it won with its own id and, in the same transaction, writes one audit entry per deadline; the
/// audit trail of a deadline thus shows when and by which pass it was marked.
/// </remarks>
public sealed partial class MissedDeadlineJob(
    IServiceScopeFactory scopes, TimeProvider clock, IConfiguration configuration, ILogger<MissedDeadlineJob> logger)
    : BackgroundService
{
    /// <summary>The user name the job's audit entries carry.</summary>
    public const string AuditUserName = "sistema:plazos-vencidos";

    public bool Enabled { get; } = configuration.GetValue("Calendar:MissedDeadlines:Enabled", true);

    public TimeSpan Interval { get; } = TimeSpan.FromMinutes(Math.Clamp(configuration.GetValue("Calendar:MissedDeadlines:IntervalMinutes", 5.0), 0.1, 24 * 60));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Enabled)
        {
            LogDisabled(logger);
            return;
        }

        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                await MarkMissedAsync(clock.GetUtcNow(), stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                // A failed pass (database down) is retried at the next tick; the host keeps running.
                LogPassFailed(logger, exception);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>
    /// One pass: marks Missed every Open deadline past due at <paramref name="now"/> — day units when their
    /// due date is before today in Mexico City, hour units when their due instant is before now — and
    /// audits each. Returns how many this pass marked.
    /// </summary>
    public async Task<int> MarkMissedAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RutaDbContext>();
        var today = MexicoCity.DateOf(now);
        var nowUtc = now.UtcDateTime;
        var pass = Guid.CreateVersion7();

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var marked = await db.Set<Deadline>()
            .Where(d => d.Status == DeadlineStatus.Open
                && ((d.Unit != DeadlineUnit.Hours && d.DueDate < today)
                    || (d.Unit == DeadlineUnit.Hours && d.DueAt < nowUtc)))
            .ExecuteUpdateAsync(
                s => s.SetProperty(d => d.Status, DeadlineStatus.Missed)
                    .SetProperty(d => d.ClosedAt, nowUtc)
                    .SetProperty(d => d.MissedInPass, pass)
                    // Bumped by hand (no interceptor here) so an officer's concurrent edit of the row fails instead of overwriting Missed.
                    .SetProperty(d => d.Version, d => d.Version + 1),
                cancellationToken);
        if (marked == 0)
        {
            await transaction.CommitAsync(cancellationToken);
            return 0;
        }

        var rows = await db.Set<Deadline>().AsNoTracking()
            .Where(d => d.MissedInPass == pass)
            .Select(d => new { d.Id, d.DueDate, d.DueAt })
            .ToListAsync(cancellationToken);
        var purpose = $"Revisión automática de plazos vencidos (pase {pass})";
        foreach (var row in rows)
        {
            var before = JsonSerializer.Serialize(new { Status = nameof(DeadlineStatus.Open) });
            var after = JsonSerializer.Serialize(new { Status = nameof(DeadlineStatus.Missed), ClosedAt = nowUtc, MissedInPass = pass, row.DueDate, row.DueAt });
            db.Add(new AuditEntry(nowUtc, null, AuditUserName, null, AuditActions.Update, nameof(Deadline),
                row.Id.ToString(), before, after, purpose));
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        LogMarked(logger, marked, pass);
        return marked;
    }

    [LoggerMessage(EventId = 3100, Level = LogLevel.Information, Message = "Missed-deadline pass {Pass} marked {Count} deadline(s) as missed")]
    private static partial void LogMarked(ILogger logger, int count, Guid pass);

    [LoggerMessage(EventId = 3101, Level = LogLevel.Error, Message = "Missed-deadline pass failed; retrying at the next tick")]
    private static partial void LogPassFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 3102, Level = LogLevel.Information, Message = "Missed-deadline job disabled by configuration")]
    private static partial void LogDisabled(ILogger logger);
}
