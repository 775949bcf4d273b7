using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ruta.IntegrationTests.Infrastructure;
using Ruta.Web.Kernel.Audit;
using Ruta.Web.Kernel.Calendar;
using Ruta.Web.Kernel.Domain;
using Ruta.Web.Kernel.Persistence;

namespace Ruta.IntegrationTests.Kernel.Calendar;

/// <summary>Scheduling deadlines through <see cref="IDeadlines"/> and recording what happened to them.</summary>
public sealed class DeadlinesTests(RutaFactory app) : IClassFixture<RutaFactory>
{
    private static DeadlineRequest Request(string agency, DeadlineUnit unit, int amount, DateOnly trigger, DateTimeOffset? at = null) =>
        new("TestCase", Guid.CreateVersion7(), null, "test.deadline", "Plazo de prueba", "LFPA art. 28", agency, unit, amount, trigger, at);

    private Task<Deadline> ScheduleAndSaveAsync(DeadlineRequest request) => app.WithScopeAsync(async sp =>
    {
        var deadline = await sp.GetRequiredService<IDeadlines>().ScheduleAsync(request, CancellationToken.None);
        await sp.GetRequiredService<RutaDbContext>().SaveChangesAsync();
        return deadline;
    });

    private Task<Deadline> LoadAsync(Guid id) => app.WithScopeAsync(sp =>
        sp.GetRequiredService<RutaDbContext>().Set<Deadline>().AsNoTracking().SingleAsync(d => d.Id == id));

    [Fact]
    public async Task A_business_day_deadline_gets_the_official_due_date_and_the_earlier_advise_by_date()
    {
        var scheduled = await ScheduleAndSaveAsync(Request("COMAR", DeadlineUnit.BusinessDays, 5, new DateOnly(2026, 1, 30)));

        var stored = await LoadAsync(scheduled.Id);
        Assert.Equal(new DateOnly(2026, 2, 10), stored.DueDate);
        Assert.Equal(new DateOnly(2026, 2, 6), stored.AdviseByDate);
        Assert.Null(stored.DueAt);
        Assert.Equal(DeadlineStatus.Open, stored.Status);
        Assert.Equal("COMAR", stored.ResponsibleAgency);

        var audited = await app.WithScopeAsync(sp => sp.GetRequiredService<RutaDbContext>().Set<AuditEntry>()
            .AnyAsync(e => e.EntityType == nameof(Deadline) && e.RecordId == scheduled.Id.ToString() && e.Action == "create"));
        Assert.True(audited);
    }

    [Fact]
    public async Task A_business_day_deadline_skips_the_closures_of_its_responsible_agency()
    {
        var comar = await ScheduleAndSaveAsync(Request("COMAR", DeadlineUnit.BusinessDays, 1, new DateOnly(2024, 5, 28)));
        var inm = await ScheduleAndSaveAsync(Request("INM", DeadlineUnit.BusinessDays, 1, new DateOnly(2024, 5, 28)));

        Assert.Equal(new DateOnly(2024, 6, 3), comar.DueDate);
        Assert.Equal(new DateOnly(2024, 5, 29), inm.DueDate);
    }

    [Fact]
    public async Task A_natural_day_deadline_ending_on_a_Saturday_is_due_on_Monday()
    {
        var scheduled = await ScheduleAndSaveAsync(Request("INM", DeadlineUnit.NaturalDays, 5, new DateOnly(2025, 6, 2)));

        var stored = await LoadAsync(scheduled.Id);
        Assert.Equal(new DateOnly(2025, 6, 9), stored.DueDate);
        Assert.Equal(new DateOnly(2025, 6, 9), stored.AdviseByDate);
    }

    [Fact]
    public async Task An_hour_limit_is_due_that_many_hours_later_on_its_Mexico_City_date()
    {
        // 20:30 in Mexico City is 02:30 UTC of the next day; 24 hours later the UTC date is the 8th but the legal day is the 7th.
        var start = new DateTimeOffset(2025, 6, 6, 20, 30, 0, TimeSpan.FromHours(-6));
        var scheduled = await ScheduleAndSaveAsync(Request("INM", DeadlineUnit.Hours, 24, new DateOnly(2025, 6, 6), start));

        var stored = await LoadAsync(scheduled.Id);
        Assert.Equal(new DateTime(2025, 6, 8, 2, 30, 0, DateTimeKind.Utc), stored.DueAt);
        Assert.Equal(DateTimeKind.Utc, stored.DueAt!.Value.Kind);
        Assert.Equal(new DateOnly(2025, 6, 7), stored.DueDate);
        Assert.Equal(new DateOnly(2025, 6, 7), stored.AdviseByDate);
    }

    [Fact]
    public async Task An_hour_limit_without_a_start_instant_is_a_programming_error()
    {
        await Assert.ThrowsAsync<ArgumentException>(() =>
            ScheduleAndSaveAsync(Request("INM", DeadlineUnit.Hours, 36, new DateOnly(2025, 6, 6))));
        await Assert.ThrowsAsync<ArgumentException>(() =>
            ScheduleAndSaveAsync(Request("NOPE", DeadlineUnit.BusinessDays, 5, new DateOnly(2025, 6, 6))));
    }

    [Fact]
    public async Task Extending_a_deadline_closes_it_as_extended_and_opens_one_that_runs_on_from_its_due_date()
    {
        var original = await ScheduleAndSaveAsync(Request("COMAR", DeadlineUnit.BusinessDays, 5, new DateOnly(2026, 1, 30)));

        var extension = await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<RutaDbContext>();
            var tracked = await db.Set<Deadline>().SingleAsync(d => d.Id == original.Id);
            var created = await sp.GetRequiredService<IDeadlines>().ExtendAsync(tracked, 3, "Ampliación por oficio 123", CancellationToken.None);
            await db.SaveChangesAsync();
            return created;
        });

        var old = await LoadAsync(original.Id);
        Assert.Equal(DeadlineStatus.Extended, old.Status);
        Assert.Equal("Ampliación por oficio 123", old.StatusReason);
        Assert.NotNull(old.ClosedAt);
        Assert.Equal(1, old.Version);

        var stored = await LoadAsync(extension.Id);
        Assert.Equal(DeadlineStatus.Open, stored.Status);
        Assert.Equal(original.Id, stored.ExtendsDeadlineId);
        Assert.Equal(new DateOnly(2026, 2, 10), stored.TriggerDate);
        Assert.Equal(3, stored.Amount);
        Assert.Equal(new DateOnly(2026, 2, 13), stored.DueDate);
    }

    [Fact]
    public async Task Extending_an_hour_limit_adds_hours_to_its_due_instant()
    {
        var start = new DateTimeOffset(2025, 6, 6, 8, 0, 0, TimeSpan.FromHours(-6));
        var original = await ScheduleAndSaveAsync(Request("INM", DeadlineUnit.Hours, 24, new DateOnly(2025, 6, 6), start));

        var extension = await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<RutaDbContext>();
            var tracked = await db.Set<Deadline>().SingleAsync(d => d.Id == original.Id);
            var created = await sp.GetRequiredService<IDeadlines>().ExtendAsync(tracked, 12, "Prórroga", CancellationToken.None);
            await db.SaveChangesAsync();
            return created;
        });

        Assert.Equal(new DateTime(2025, 6, 8, 2, 0, 0, DateTimeKind.Utc), extension.DueAt);
        Assert.Equal(new DateOnly(2025, 6, 7), extension.DueDate);
    }

    [Fact]
    public async Task Meeting_a_deadline_on_time_marks_it_met_and_a_late_act_marks_it_missed()
    {
        var today = MexicoCity.Today(app.Clock);
        var onTime = await ScheduleAndSaveAsync(Request("INM", DeadlineUnit.NaturalDays, 30, today));
        var late = await ScheduleAndSaveAsync(Request("INM", DeadlineUnit.BusinessDays, 1, today.AddDays(-30)));

        var statuses = await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<RutaDbContext>();
            var deadlines = sp.GetRequiredService<IDeadlines>();
            var a = deadlines.MarkMet(await db.Set<Deadline>().SingleAsync(d => d.Id == onTime.Id));
            var b = deadlines.MarkMet(await db.Set<Deadline>().SingleAsync(d => d.Id == late.Id));
            await db.SaveChangesAsync();
            return (a, b);
        });

        Assert.Equal((DeadlineStatus.Met, DeadlineStatus.Missed), statuses);
        Assert.Equal(DeadlineStatus.Met, (await LoadAsync(onTime.Id)).Status);
        var stored = await LoadAsync(late.Id);
        Assert.Equal(DeadlineStatus.Missed, stored.Status);
        Assert.StartsWith("Acto realizado fuera de plazo", stored.StatusReason, StringComparison.Ordinal);
    }

    private Task<(DeadlineStatus Status, string? Reason)> MarkMetOnAsync(Guid id, DateOnly actDate) => app.WithScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<RutaDbContext>();
        var tracked = await db.Set<Deadline>().SingleAsync(d => d.Id == id);
        sp.GetRequiredService<IDeadlines>().MarkMetOn(tracked, actDate);
        await db.SaveChangesAsync();
        var stored = await LoadAsync(id);
        return (stored.Status, stored.StatusReason);
    });

    [Fact]
    public async Task An_act_done_on_the_due_date_but_recorded_later_meets_the_deadline()
    {
        // Friday 30 Jan 2026 + 5 business days, skipping the weekend and Monday 2 Feb (Constitution Day): due Tuesday 10 Feb.
        var scheduled = await ScheduleAndSaveAsync(Request("COMAR", DeadlineUnit.BusinessDays, 5, new DateOnly(2026, 1, 30)));
        Assert.Equal(new DateOnly(2026, 2, 10), scheduled.DueDate);

        var (status, reason) = await MarkMetOnAsync(scheduled.Id, new DateOnly(2026, 2, 10));

        Assert.Equal(DeadlineStatus.Met, status);
        Assert.Equal("Acto realizado en plazo el 2026-02-10; registrado después del vencimiento.", reason);
    }

    [Fact]
    public async Task An_act_done_the_day_after_the_due_date_misses_the_deadline_whenever_it_is_recorded()
    {
        var scheduled = await ScheduleAndSaveAsync(Request("COMAR", DeadlineUnit.BusinessDays, 5, new DateOnly(2026, 1, 30)));

        var (status, reason) = await MarkMetOnAsync(scheduled.Id, new DateOnly(2026, 2, 11));

        Assert.Equal(DeadlineStatus.Missed, status);
        Assert.Equal("Acto realizado fuera de plazo el 2026-02-11.", reason);
    }

    [Fact]
    public async Task A_deadline_marked_missed_is_corrected_to_met_when_an_act_done_in_time_is_recorded()
    {
        var scheduled = await ScheduleAndSaveAsync(Request("INM", DeadlineUnit.BusinessDays, 5, new DateOnly(2026, 1, 30)));
        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<RutaDbContext>();
            Assert.Equal(DeadlineStatus.Missed, sp.GetRequiredService<IDeadlines>().MarkMet(await db.Set<Deadline>().SingleAsync(d => d.Id == scheduled.Id)));
            await db.SaveChangesAsync();
        });

        var (status, reason) = await MarkMetOnAsync(scheduled.Id, new DateOnly(2026, 2, 6));

        Assert.Equal(DeadlineStatus.Met, status);
        Assert.StartsWith("Acto realizado en plazo el 2026-02-06", reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_act_cannot_be_recorded_as_done_in_the_future_nor_an_hour_limit_by_date_only()
    {
        var today = MexicoCity.Today(app.Clock);
        var days = await ScheduleAndSaveAsync(Request("INM", DeadlineUnit.NaturalDays, 30, today));
        var start = app.Clock.GetUtcNow().AddHours(-2);
        var hours = await ScheduleAndSaveAsync(Request("INM", DeadlineUnit.Hours, 36, MexicoCity.DateOf(start), start));

        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<RutaDbContext>();
            var deadlines = sp.GetRequiredService<IDeadlines>();
            var byDays = await db.Set<Deadline>().SingleAsync(d => d.Id == days.Id);
            var byHours = await db.Set<Deadline>().SingleAsync(d => d.Id == hours.Id);
            Assert.Throws<ArgumentException>(() => deadlines.MarkMetOn(byDays, today.AddDays(1)));
            Assert.Throws<ArgumentException>(() => deadlines.MarkMetOn(byHours, today));
            Assert.Throws<ArgumentException>(() => deadlines.MarkMetAt(byHours, app.Clock.GetUtcNow().AddMinutes(1)));
            Assert.Equal(DeadlineStatus.Met, deadlines.MarkMetAt(byHours, start.AddHours(1)));
            Assert.Equal(DeadlineStatus.Open, byDays.Status);
            await db.SaveChangesAsync();
        });
    }

    [Fact]
    public async Task A_suspended_deadline_cannot_be_met_or_extended_but_can_be_cancelled()
    {
        var scheduled = await ScheduleAndSaveAsync(Request("COMAR", DeadlineUnit.BusinessDays, 45, MexicoCity.Today(app.Clock)));

        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<RutaDbContext>();
            var deadlines = sp.GetRequiredService<IDeadlines>();
            var tracked = await db.Set<Deadline>().SingleAsync(d => d.Id == scheduled.Id);
            deadlines.Suspend(tracked, "Prevención (LFPA art. 17-A)");
            var illegal = Assert.Throws<IllegalTransitionException>(() => deadlines.MarkMet(tracked));
            Assert.Equal("Suspended", illegal.CurrentState);
            await Assert.ThrowsAsync<IllegalTransitionException>(() => deadlines.ExtendAsync(tracked, 5, "x", CancellationToken.None));
            await db.SaveChangesAsync();
            Assert.Equal(DeadlineStatus.Suspended, (await LoadAsync(scheduled.Id)).Status);

            deadlines.Cancel(tracked, "Desistimiento");
            await db.SaveChangesAsync();
        });

        var stored = await LoadAsync(scheduled.Id);
        Assert.Equal(DeadlineStatus.Cancelled, stored.Status);
        Assert.Equal("Desistimiento", stored.StatusReason);
    }

    [Fact]
    public async Task A_stale_copy_of_a_deadline_cannot_overwrite_a_newer_status()
    {
        var scheduled = await ScheduleAndSaveAsync(Request("INM", DeadlineUnit.NaturalDays, 30, MexicoCity.Today(app.Clock)));

        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<RutaDbContext>();
            var stale = await db.Set<Deadline>().SingleAsync(d => d.Id == scheduled.Id);
            await app.WithScopeAsync(async other =>
            {
                var otherDb = other.GetRequiredService<RutaDbContext>();
                other.GetRequiredService<IDeadlines>().Cancel(await otherDb.Set<Deadline>().SingleAsync(d => d.Id == scheduled.Id), "Caso concluido");
                await otherDb.SaveChangesAsync();
            });

            sp.GetRequiredService<IDeadlines>().MarkMet(stale);
            await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => db.SaveChangesAsync());
        });

        Assert.Equal(DeadlineStatus.Cancelled, (await LoadAsync(scheduled.Id)).Status);
    }
}
