using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Ruta.IntegrationTests.Infrastructure;
using Ruta.Web.Kernel.Audit;
using Ruta.Web.Kernel.Calendar;
using Ruta.Web.Kernel.Persistence;

namespace Ruta.IntegrationTests.Kernel.Calendar;

/// <summary>The missed-deadline job: which deadlines a pass marks, and that concurrent passes never double-process.</summary>
public sealed class MissedDeadlineJobTests(RutaFactory app) : IClassFixture<RutaFactory>
{
    private static readonly TimeSpan Mexico = TimeSpan.FromHours(-6);

    private MissedDeadlineJob Job => app.Services.GetRequiredService<MissedDeadlineJob>();

    private Task<List<Deadline>> ScheduleAsync(params DeadlineRequest[] requests) => app.WithScopeAsync(async sp =>
    {
        var deadlines = sp.GetRequiredService<IDeadlines>();
        var scheduled = new List<Deadline>();
        foreach (var request in requests)
        {
            scheduled.Add(await deadlines.ScheduleAsync(request, CancellationToken.None));
        }

        await sp.GetRequiredService<RutaDbContext>().SaveChangesAsync();
        return scheduled;
    });

    private static DeadlineRequest Request(DeadlineUnit unit, int amount, DateOnly trigger, DateTimeOffset? at = null) =>
        new("TestCase", Guid.CreateVersion7(), null, "test.deadline", "Plazo de prueba", "LFPA art. 28", "INM", unit, amount, trigger, at);

    private Task<Deadline> LoadAsync(Guid id) => app.WithScopeAsync(sp =>
        sp.GetRequiredService<RutaDbContext>().Set<Deadline>().AsNoTracking().SingleAsync(d => d.Id == id));

    [Fact]
    public void The_job_is_disabled_by_configuration_in_tests()
    {
        Assert.False(Job.Enabled);
        Assert.Equal(TimeSpan.FromMinutes(5), Job.Interval);
    }

    [Fact]
    public async Task A_deadline_due_on_Friday_is_not_missed_during_Friday_in_Mexico_City_and_is_missed_on_Monday()
    {
        // Monday 2 June 2025 + 4 business days = Friday 6 June.
        var deadline = (await ScheduleAsync(Request(DeadlineUnit.BusinessDays, 4, new DateOnly(2025, 6, 2))))[0];
        Assert.Equal(new DateOnly(2025, 6, 6), deadline.DueDate);

        // 23:59 on Friday in Mexico City is already Saturday in UTC.
        await Job.MarkMissedAsync(new DateTimeOffset(2025, 6, 6, 23, 59, 0, Mexico));
        Assert.Equal(DeadlineStatus.Open, (await LoadAsync(deadline.Id)).Status);

        var marked = await Job.MarkMissedAsync(new DateTimeOffset(2025, 6, 9, 8, 0, 0, Mexico));
        Assert.True(marked >= 1);
        var stored = await LoadAsync(deadline.Id);
        Assert.Equal(DeadlineStatus.Missed, stored.Status);
        Assert.Equal(new DateTime(2025, 6, 9, 14, 0, 0, DateTimeKind.Utc), stored.ClosedAt);
        Assert.Equal(1, stored.Version);
    }

    [Fact]
    public async Task An_hour_limit_is_missed_only_after_its_due_instant()
    {
        var start = new DateTimeOffset(2025, 7, 1, 10, 0, 0, Mexico);
        var deadline = (await ScheduleAsync(Request(DeadlineUnit.Hours, 36, new DateOnly(2025, 7, 1), start)))[0];
        var dueAt = start.AddHours(36);

        await Job.MarkMissedAsync(dueAt.AddMinutes(-1));
        Assert.Equal(DeadlineStatus.Open, (await LoadAsync(deadline.Id)).Status);
        await Job.MarkMissedAsync(dueAt);
        Assert.Equal(DeadlineStatus.Open, (await LoadAsync(deadline.Id)).Status);

        await Job.MarkMissedAsync(dueAt.AddMinutes(1));
        Assert.Equal(DeadlineStatus.Missed, (await LoadAsync(deadline.Id)).Status);
    }

    [Fact]
    public async Task A_pass_leaves_closed_deadlines_alone()
    {
        var scheduled = await ScheduleAsync(Request(DeadlineUnit.BusinessDays, 1, new DateOnly(2025, 8, 4)), Request(DeadlineUnit.BusinessDays, 1, new DateOnly(2025, 8, 4)));
        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<RutaDbContext>();
            var deadlines = sp.GetRequiredService<IDeadlines>();
            deadlines.Suspend(await db.Set<Deadline>().SingleAsync(d => d.Id == scheduled[0].Id), "Prevención");
            deadlines.Cancel(await db.Set<Deadline>().SingleAsync(d => d.Id == scheduled[1].Id), "Desistimiento");
            await db.SaveChangesAsync();
        });

        await Job.MarkMissedAsync(new DateTimeOffset(2025, 9, 1, 12, 0, 0, Mexico));

        Assert.Equal(DeadlineStatus.Suspended, (await LoadAsync(scheduled[0].Id)).Status);
        Assert.Equal(DeadlineStatus.Cancelled, (await LoadAsync(scheduled[1].Id)).Status);
    }

    [Fact]
    public async Task Concurrent_passes_mark_each_overdue_deadline_exactly_once_and_audit_it_once()
    {
        var now = new DateTimeOffset(2026, 3, 2, 12, 0, 0, Mexico);
        await Job.MarkMissedAsync(now); // leftovers of other tests in this fixture

        var requests = Enumerable.Range(0, 60).Select(i => i % 3 == 2
                ? Request(DeadlineUnit.Hours, 24, new DateOnly(2026, 2, 1), new DateTimeOffset(2026, 2, 1, 9, 0, 0, Mexico))
                : Request(i % 3 == 0 ? DeadlineUnit.BusinessDays : DeadlineUnit.NaturalDays, 3, new DateOnly(2026, 2, 9)))
            .Append(Request(DeadlineUnit.NaturalDays, 30, new DateOnly(2026, 3, 1))) // not yet due
            .ToArray();
        var scheduled = await ScheduleAsync(requests);
        var overdue = scheduled.Take(60).Select(d => d.Id).ToHashSet();

        var counts = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => Job.MarkMissedAsync(now))));

        Assert.Equal(60, counts.Sum());
        var (statuses, audits) = await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<RutaDbContext>();
            var ids = scheduled.Select(d => d.Id).ToList();
            var s = await db.Set<Deadline>().AsNoTracking().Where(d => ids.Contains(d.Id)).Select(d => new { d.Id, d.Status, d.Version, d.MissedInPass }).ToListAsync();
            var idStrings = ids.Select(i => i.ToString()).ToList();
            var a = await db.Set<AuditEntry>().AsNoTracking()
                .Where(e => e.EntityType == nameof(Deadline) && e.UserName == MissedDeadlineJob.AuditUserName && idStrings.Contains(e.RecordId))
                .Select(e => e.RecordId).ToListAsync();
            return (s, a);
        });

        Assert.All(statuses.Where(s => overdue.Contains(s.Id)), s =>
        {
            Assert.Equal(DeadlineStatus.Missed, s.Status);
            Assert.Equal(1, s.Version);
            Assert.NotNull(s.MissedInPass);
        });
        Assert.Equal(DeadlineStatus.Open, statuses.Single(s => !overdue.Contains(s.Id)).Status);
        Assert.Equal(60, audits.Count);
        Assert.Equal(overdue.Select(i => i.ToString()).Order(), audits.Order());
    }

    [Fact]
    public async Task Running_the_job_with_a_fake_clock_marks_a_limit_that_expires_between_two_ticks()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2031, 1, 6, 10, 0, 0, Mexico));
        var start = clock.GetUtcNow().AddHours(-24).AddMinutes(2); // due two minutes from now
        var deadline = (await ScheduleAsync(Request(DeadlineUnit.Hours, 24, MexicoCity.DateOf(start), start)))[0];
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Calendar:MissedDeadlines:Enabled"] = "true", ["Calendar:MissedDeadlines:IntervalMinutes"] = "5" })
            .Build();
        using var job = new MissedDeadlineJob(app.Services.GetRequiredService<IServiceScopeFactory>(), clock, configuration, NullLogger<MissedDeadlineJob>.Instance);

        await job.StartAsync(CancellationToken.None);
        try
        {
            await Task.Delay(300);
            Assert.Equal(DeadlineStatus.Open, (await LoadAsync(deadline.Id)).Status);

            clock.Advance(TimeSpan.FromMinutes(5));
            var status = DeadlineStatus.Open;
            for (var i = 0; i < 100 && status == DeadlineStatus.Open; i++)
            {
                await Task.Delay(100);
                status = (await LoadAsync(deadline.Id)).Status;
            }

            Assert.Equal(DeadlineStatus.Missed, status);
        }
        finally
        {
            await job.StopAsync(CancellationToken.None);
        }
    }
}
