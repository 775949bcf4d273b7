using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ruta.IntegrationTests.Infrastructure;
using Ruta.Web.Kernel.Calendar;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Modules.Migration.Domain;
using static Ruta.IntegrationTests.Modules.Migration.MigrationTestKit;

namespace Ruta.IntegrationTests.Modules.Migration;

/// <summary>The limits of a stay as kernel deadlines: hours as elapsed time, days of LM art. 111 with the legal calendar.</summary>
public sealed class StationDeadlineTests(RutaFactory app) : IClassFixture<RutaFactory>
{
    /// <summary>Friday 13 November 2026, 20:00 in Mexico City: put at disposal before a long weekend (Monday 16 is the LFT rest day).</summary>
    private static readonly DateTimeOffset FridayNight = new(2026, 11, 13, 20, 0, 0, Mexico);

    private async Task<(Guid Apprehension, Guid Stay, JsonElement Admitted)> AdmittedOnSaturdayAsync(string name)
    {
        var person = await app.AddAdultAsync(name);
        var view = await app.ApprehendAsync(FridayNight, Member(person));
        var apprehension = view.GetProperty("id").GetGuid();
        var admitted = await StatusAsync(await app.AdmitAsync(apprehension, Admission(person, FridayNight.AddHours(14))), HttpStatusCode.OK);
        return (apprehension, StayOf(view, person), admitted);
    }

    [Fact]
    public async Task Hour_limits_run_through_the_weekend_and_the_15_business_days_skip_it_and_the_November_holidays()
    {
        var (_, stay, admitted) = await AdmittedOnSaturdayAsync("Viernes");
        var deadlines = admitted.GetProperty("deadlines").EnumerateArray().ToList();
        // 24 h and 36 h are elapsed time: Saturday 20:00 and Sunday 08:00 Mexico City time, weekend or not.
        var agreement = deadlines.Single(d => d.GetProperty("kind").GetString() == MigrationRules.AgreementKind);
        Assert.Equal(new DateTimeOffset(2026, 11, 14, 20, 0, 0, Mexico), agreement.GetProperty("dueAt").GetDateTimeOffset());
        var policy = deadlines.Single(d => d.GetProperty("kind").GetString() == MigrationRules.DetentionPolicyKind);
        Assert.Equal(new DateTimeOffset(2026, 11, 15, 8, 0, 0, Mexico), policy.GetProperty("dueAt").GetDateTimeOffset());
        Assert.Equal(new DateOnly(2026, 11, 15), Date(policy, "dueDate"));
        // 15 business days from the acuerdo (Saturday 14): Monday 16 (LFT art. 74, third Monday of November) and Friday 20
        // (LFPA art. 28) do not count, nor weekends: the 15th is Tuesday 8 December.
        var limit = Deadline(admitted, MigrationRules.StayLimitKind);
        Assert.Equal(new DateOnly(2026, 11, 14), Date(limit, "triggerDate"));
        Assert.Equal(new DateOnly(2026, 12, 8), Date(limit, "dueDate"));
        Assert.Equal("LM art. 111 párr. primero", limit.GetProperty("legalBasis").GetString());

        // Held since then: the roster shows the 36 hours long passed, in red, and the days left.
        var row = (await app.RosterAsync()).GetProperty("items").EnumerateArray().Single(r => r.GetProperty("stayId").GetGuid() == stay);
        Assert.True(row.GetProperty("overdue").GetBoolean());
        var alert = row.GetProperty("alerts").EnumerateArray().Single(a => a.GetProperty("kind").GetString() == MigrationRules.DetentionPolicyKind);
        Assert.True(alert.GetProperty("overdue").GetBoolean());
        Assert.True(alert.GetProperty("hoursRemaining").GetDouble() < -36);
        Assert.DoesNotContain(row.GetProperty("alerts").EnumerateArray(), a => a.GetProperty("kind").GetString() == MigrationRules.AgreementKind);
    }

    [Fact]
    public async Task An_extension_on_fractions_I_to_IV_runs_to_the_60th_business_day_only_once_and_fraction_V_suspends_the_limit()
    {
        var (_, stay, _) = await AdmittedOnSaturdayAsync("Ampliada");
        var missingGround = await ProblemAsync(await app.ActAsync(stay, "extension", new { reason = "Sin fracción." }), HttpStatusCode.BadRequest);
        Assert.True(missingGround.GetProperty("errors").TryGetProperty("ground", out _));

        var extended = await StatusAsync(await app.ActAsync(stay, "extension", new { ground = "II", reason = "El consulado de Honduras pidió 20 días." }),
            HttpStatusCode.OK);
        Assert.Equal("II", extended.GetProperty("extensionFraction").GetString());
        Assert.Equal("extended", Deadline(extended, MigrationRules.StayLimitKind, "extended").GetProperty("status").GetString());
        var cap = Deadline(extended, MigrationRules.StayLimitKind);
        // Across the December and January holidays (25 Dec, 1 Jan) and February's (Monday 1, Friday 5): Monday 15 February 2027.
        Assert.Equal(new DateOnly(2027, 2, 15), Date(cap, "dueDate"));
        var computed = await app.WithScopeAsync(async sp =>
        {
            var calendar = await sp.GetRequiredService<LegalCalendarProvider>().GetAsync(sp.GetRequiredService<RutaDbContext>(), CancellationToken.None);
            return calendar.Compute(new DateOnly(2026, 11, 14), MigrationRules.StayCapBusinessDays, PeriodUnit.BusinessDays, "INM").DueDate;
        });
        Assert.Equal(computed, Date(cap, "dueDate"));
        Assert.Contains("111", cap.GetProperty("legalBasis").GetString(), StringComparison.Ordinal);

        var again = await ProblemAsync(await app.ActAsync(stay, "extension", new { ground = "I", reason = "Identidad." }), HttpStatusCode.Conflict);
        Assert.Equal(MigrationRules.ExtensionCapReached, again.GetProperty("code").GetString());

        var amparo = await StatusAsync(await app.ActAsync(stay, "extension", new { ground = "V", reason = "Amparo 123/2026 con prohibición de traslado." }),
            HttpStatusCode.OK);
        Assert.Equal("suspended", amparo.GetProperty("deadlines").EnumerateArray()
            .Single(d => d.GetProperty("kind").GetString() == MigrationRules.StayLimitKind && d.GetProperty("status").GetString() == "suspended")
            .GetProperty("status").GetString());
        Assert.Contains(amparo.GetProperty("alerts").EnumerateArray(), a => a.GetProperty("suspended").GetBoolean());
        var afterV = await ProblemAsync(await app.ActAsync(stay, "extension", new { ground = "V", reason = "Otro." }), HttpStatusCode.Conflict);
        Assert.Equal(MigrationRules.StayLimitNotRunning, afterV.GetProperty("code").GetString());
    }

    [Fact]
    public async Task An_extension_agreed_after_the_15_business_days_ended_is_refused()
    {
        var person = await app.AddAdultAsync("Vencida");
        var disposed = new DateTimeOffset(2026, 10, 20, 10, 0, 0, Mexico);
        var view = await app.ApprehendAsync(disposed, Member(person));
        var admitted = await StatusAsync(await app.AdmitAsync(view.GetProperty("id").GetGuid(), Admission(person, disposed.AddHours(4))), HttpStatusCode.OK);
        // Tuesday 20 October + 15 business days (2 November is not a federal holiday) = Tuesday 10 November.
        Assert.Equal(new DateOnly(2026, 11, 10), Date(Deadline(admitted, MigrationRules.StayLimitKind), "dueDate"));
        var stay = StayOf(view, person);
        var refused = await ProblemAsync(await app.ActAsync(stay, "extension", new { ground = "I", reason = "Tarde." }), HttpStatusCode.Conflict);
        Assert.Equal(MigrationRules.ExtensionAfterLimit, refused.GetProperty("code").GetString());
        var row = (await app.RosterAsync()).GetProperty("items").EnumerateArray().Single(r => r.GetProperty("stayId").GetGuid() == stay);
        Assert.Contains(row.GetProperty("alerts").EnumerateArray(),
            a => a.GetProperty("kind").GetString() == MigrationRules.StayLimitKind && a.GetProperty("overdue").GetBoolean());
    }
}

/// <summary>Ruta with the 36-hour policy alert switched off (Migration:DetentionPolicyAlert = false).</summary>
public sealed class NoDetentionAlertFactory : RutaFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Migration:DetentionPolicyAlert", "false");
    }
}

public sealed class DetentionPolicyAlertTests(NoDetentionAlertFactory app) : IClassFixture<NoDetentionAlertFactory>
{
    [Fact]
    public async Task Switched_off_the_36_hour_alert_is_not_scheduled_and_the_statutory_24_hours_still_are()
    {
        var person = await app.AddAdultAsync();
        var view = await app.ApprehendAsync(app.Clock.GetUtcNow().AddHours(-1), Member(person));
        var stay = StayOf(view, person);
        var kinds = await app.WithScopeAsync(sp => sp.GetRequiredService<RutaDbContext>().Set<Deadline>().Where(d => d.CaseId == stay)
            .Select(d => d.Kind).ToListAsync());
        Assert.Equal([MigrationRules.AgreementKind], kinds);
    }
}
