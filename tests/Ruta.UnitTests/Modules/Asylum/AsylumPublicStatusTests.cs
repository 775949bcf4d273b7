using Ruta.Web.Modules.Asylum.Domain;
using static Ruta.Web.Modules.Asylum.Domain.AsylumClaimStatus;

namespace Ruta.UnitTests.Modules.Asylum;

/// <summary>What the applicant's public page says for each stage: the next date to come and what to bring.</summary>
public sealed class AsylumPublicStatusTests
{
    private static readonly DateOnly Today = new(2026, 12, 1);

    private static PublicStatusFacts Facts(AsylumClaimStatus status, AsylumOutcome? outcome = null) =>
        new(status, outcome, RatificationDueDate: new DateOnly(2026, 12, 3), LateFilingAnswerDueDate: new DateOnly(2026, 12, 8),
            ResolutionDueDate: new DateOnly(2027, 2, 5), AppealDueDate: new DateOnly(2026, 12, 18));

    [Fact]
    public void In_procedure_the_next_appointment_comes_first_with_what_to_bring()
    {
        PublicAppointment[] appointments =
        [
            new(AppointmentKind.Signing, new DateOnly(2026, 12, 9), null),
            new(AppointmentKind.Interview, new DateOnly(2026, 12, 4), new TimeOnly(10, 30)),
            new(AppointmentKind.Signing, new DateOnly(2026, 11, 30), null), // yesterday: gone
        ];
        var status = AsylumPublicStatus.Of(Facts(InProcedure), appointments, Today);

        Assert.Equal(NextDateKind.Interview, status.Next!.Kind);
        Assert.Equal(new DateOnly(2026, 12, 4), status.Next.On);
        Assert.Equal(new TimeOnly(10, 30), status.Next.At);
        Assert.True(status.Next.MustAttend);
        Assert.Equal([AsylumPublicStatus.BringProof, AsylumPublicStatus.BringId, AsylumPublicStatus.BringEvidence], status.WhatToBring);
    }

    [Fact]
    public void In_procedure_without_appointments_the_applicant_waits_for_the_resolution_due_date_and_need_not_come()
    {
        var status = AsylumPublicStatus.Of(Facts(InProcedure), [], Today);
        Assert.Equal(NextDateKind.ResolutionDueDate, status.Next!.Kind);
        Assert.Equal(new DateOnly(2027, 2, 5), status.Next.On);
        Assert.False(status.Next.MustAttend);
        Assert.Empty(status.WhatToBring);
    }

    [Theory]
    [InlineData(AwaitingRatification, NextDateKind.RatificationDeadline, "2026-12-03")]
    [InlineData(LateFilingReview, NextDateKind.LateFilingAnswerDeadline, "2026-12-08")]
    [InlineData(AppealWindowOpen, NextDateKind.AppealDeadline, "2026-12-18")]
    public void A_stage_that_waits_for_the_applicant_shows_its_last_day(AsylumClaimStatus stage, NextDateKind kind, string day)
    {
        var status = AsylumPublicStatus.Of(Facts(stage), [], Today);
        Assert.Equal(kind, status.Next!.Kind);
        Assert.Equal(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), status.Next.On);
        Assert.True(status.Next.MustAttend);
        Assert.NotEmpty(status.WhatToBring);
    }

    [Fact]
    public void A_last_day_already_gone_is_no_date_to_come()
    {
        var status = AsylumPublicStatus.Of(Facts(AppealWindowOpen), [], new DateOnly(2026, 12, 19));
        Assert.Null(status.Next);
        Assert.Empty(status.WhatToBring);
    }

    [Theory]
    [InlineData(AppealPending)]
    [InlineData(Closed)]
    public void Stages_without_anything_to_do_show_no_date(AsylumClaimStatus stage)
    {
        var status = AsylumPublicStatus.Of(Facts(stage), [new(AppointmentKind.Signing, Today.AddDays(3), null)], Today);
        Assert.Null(status.Next);
        Assert.Empty(status.WhatToBring);
    }

    [Fact]
    public void Resolved_claims_show_the_notification_appointment_and_recognized_ones_send_the_person_to_INM()
    {
        var resolved = AsylumPublicStatus.Of(Facts(Resolved), [new(AppointmentKind.Notification, Today.AddDays(2), null)], Today);
        Assert.Equal(NextDateKind.Notification, resolved.Next!.Kind);
        Assert.Contains(AsylumPublicStatus.BringProof, resolved.WhatToBring);

        var recognized = AsylumPublicStatus.Of(Facts(Recognized, AsylumOutcome.Refugee), [], Today);
        Assert.Null(recognized.Next);
        Assert.Contains("refugiado", recognized.StageText, StringComparison.Ordinal);
        Assert.Contains("INM", recognized.StageText, StringComparison.Ordinal);
        Assert.Contains(AsylumPublicStatus.BringResolution, recognized.WhatToBring);
        var complementary = AsylumPublicStatus.Of(Facts(Recognized, AsylumOutcome.ComplementaryProtection), [], Today);
        Assert.Contains("protección complementaria", complementary.StageText, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_stored_stage_has_its_own_plain_words()
    {
        var texts = AsylumProcedure.StoredStates.Select(s => AsylumPublicStatus.StageText(Facts(s))).ToList();
        Assert.Equal(texts.Count, texts.Distinct().Count());
    }
}

/// <summary>Case numbers and status secrets as people type them.</summary>
public sealed class AsylumStatusAccessTests
{
    [Theory]
    [InlineData("SR-2026-000123", "SR-2026-000123")]
    [InlineData("sr 2026 123", "SR-2026-000123")]
    [InlineData("SR2026000123", "SR-2026-000123")]
    [InlineData(" Sr–2026–000123 ", "SR-2026-000123")]
    [InlineData("SR-2026-0", null)]
    [InlineData("XX-2026-000123", null)]
    [InlineData("SR-26-000123", null)]
    [InlineData("", null)]
    public void A_case_number_is_read_forgiving_case_spaces_dashes_and_leading_zeros(string typed, string? expected) =>
        Assert.Equal(expected, AsylumCaseNumbers.Normalize(typed));

    [Fact]
    public void A_new_secret_has_fifty_random_bits_in_crockford_base32_and_shows_in_two_groups()
    {
        var secrets = Enumerable.Range(0, 200).Select(_ => AsylumStatusSecrets.NewSecret()).ToList();
        Assert.All(secrets, s => Assert.Matches("^[0-9A-HJKMNP-TV-Z]{10}$", s));
        Assert.Equal(secrets.Count, secrets.Distinct().Count());
        Assert.Matches("^[0-9A-Z]{5}-[0-9A-Z]{5}$", AsylumStatusSecrets.Grouped(secrets[0]));
    }

    [Theory]
    [InlineData("7kq2m-x9d4p", "7KQ2MX9D4P")]
    [InlineData("7KQ2M X9D4P", "7KQ2MX9D4P")]
    [InlineData("O1IL0-ABCDE", "01110ABCDE")]
    [InlineData("7KQ2M-X9D4", null)]
    [InlineData("7KQ2M-X9D4PU", null)]
    [InlineData("UUUUU-UUUUU", null)]
    public void A_secret_is_read_forgiving_case_spaces_dashes_and_letters_that_look_like_digits(string typed, string? expected) =>
        Assert.Equal(expected, AsylumStatusSecrets.Normalize(typed));

    [Fact]
    public void Only_a_salted_hash_is_kept_and_only_the_secret_verifies_it()
    {
        var secret = AsylumStatusSecrets.NewSecret();
        var hash = AsylumStatusSecrets.Hash(secret);
        var again = AsylumStatusSecrets.Hash(secret);

        Assert.DoesNotContain(secret, hash, StringComparison.Ordinal);
        Assert.StartsWith("pbkdf2-sha256$", hash, StringComparison.Ordinal);
        Assert.NotEqual(hash, again); // per-secret salt
        Assert.True(AsylumStatusSecrets.Verify(hash, AsylumStatusSecrets.Normalize(AsylumStatusSecrets.Grouped(secret).ToLowerInvariant())!));
        var other = secret[..9] + (secret[9] == '0' ? '1' : '0');
        Assert.False(AsylumStatusSecrets.Verify(hash, other));
        Assert.False(AsylumStatusSecrets.Verify("garbage", secret));
    }

    [Fact]
    public void Reissuing_replaces_the_hash_so_the_old_secret_no_longer_verifies()
    {
        var actor = new AsylumActor(new DateTime(2026, 12, 1, 16, 0, 0, DateTimeKind.Utc), Guid.NewGuid(), "COMAR");
        var (access, first) = AsylumStatusAccess.Issue(Guid.NewGuid(), actor);
        var second = access.Reissue(actor);

        Assert.NotEqual(first, second);
        Assert.False(AsylumStatusSecrets.Verify(access.SecretHash, AsylumStatusSecrets.Normalize(first)!));
        Assert.True(AsylumStatusSecrets.Verify(access.SecretHash, AsylumStatusSecrets.Normalize(second)!));
        Assert.Equal(2, access.IssueCount);
    }
}
