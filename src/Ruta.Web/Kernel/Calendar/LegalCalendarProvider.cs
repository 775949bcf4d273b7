using Microsoft.EntityFrameworkCore;
using Ruta.Web.Kernel.Persistence;

namespace Ruta.Web.Kernel.Calendar;

/// <summary>
/// The legal calendar with the closures stored in the database. Built once and shared (the calendar
/// is immutable); rebuilt after a closure is created or deleted on this instance (<see cref="Invalidate"/>),
/// and at most <see cref="MaxAge"/> after a change made by another instance.
/// </summary>
public sealed class LegalCalendarProvider(TimeProvider clock, IConfiguration configuration)
{
    private readonly Lock gate = new();
    private Snapshot? current;
    private long generation;

    /// <summary>How long a built calendar is trusted before the closures are read again (Calendar:ClosuresCacheSeconds, default 60).</summary>
    public TimeSpan MaxAge { get; } = TimeSpan.FromSeconds(Math.Clamp(configuration.GetValue("Calendar:ClosuresCacheSeconds", 60), 0, 3600));

    /// <summary>The current calendar, reading the closures with <paramref name="db"/> when the cached one is stale.</summary>
    public async Task<LegalCalendar> GetAsync(RutaDbContext db, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var snapshot = Volatile.Read(ref current);
        if (snapshot is not null && now - snapshot.BuiltAt < MaxAge && now >= snapshot.BuiltAt)
        {
            return snapshot.Calendar;
        }

        var startedAt = Interlocked.Read(ref generation);
        var closures = await db.Set<PublishedClosureRecord>().AsNoTracking()
            .OrderBy(c => c.FirstDay)
            .Select(c => new PublishedClosure(c.AuthorityCode, c.FirstDay, c.LastDay, c.DofReference, c.Description))
            .ToListAsync(cancellationToken);
        var calendar = new LegalCalendar(closures);
        lock (gate)
        {
            // A closure changed while this one was being read: use it for this call but do not cache it.
            if (Interlocked.Read(ref generation) == startedAt)
            {
                Volatile.Write(ref current, new Snapshot(calendar, now));
            }
        }

        return calendar;
    }

    /// <summary>Forgets the cached calendar; call after a closure is saved or deleted.</summary>
    public void Invalidate()
    {
        lock (gate)
        {
            Interlocked.Increment(ref generation);
            Volatile.Write(ref current, null);
        }
    }

    private sealed record Snapshot(LegalCalendar Calendar, DateTimeOffset BuiltAt);
}
