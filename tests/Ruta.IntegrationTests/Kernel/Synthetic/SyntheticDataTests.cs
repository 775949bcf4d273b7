using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Ruta.IntegrationTests.Infrastructure;
using Ruta.Web.Kernel.Audit;
using Ruta.Web.Kernel.Calendar;
using Ruta.Web.Kernel.Documents;
using Ruta.Web.Kernel.Notices;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Kernel.Persons;
using Ruta.Web.Kernel.Synthetic;
using Ruta.Web.Modules.Asylum.Domain;

namespace Ruta.IntegrationTests.Kernel.Synthetic;

/// <summary>
/// `ruta generate` on a small sample, then every record read back and checked with the domain's own
/// validators and tables: the registry's validator, the family-link rules, the asylum procedure's
/// transition table (each claim's timeline replayed), the legal calendar (each deadline recomputed),
/// the notice sender's and the document issuer's checks, the verification codes.
/// </summary>
public sealed class SyntheticDataTests(SyntheticDataTests.Fixture app) : IClassFixture<SyntheticDataTests.Fixture>
{
    public const int Persons = 600;
    public const int Seed = 11;

    /// <summary>A Ruta whose database holds the demo data plus one generated sample.</summary>
    public sealed class Fixture : RutaFactory
    {
        private Task<GenerateCommand.Summary>? _generated;

        public DateOnly AsOf => MexicoCity.Today(Clock);

        /// <summary>Generates the sample once, on first use (batches of 150: several batches, as in a real run).</summary>
        public Task<GenerateCommand.Summary> GeneratedAsync() =>
            _generated ??= GenerateCommand.GenerateAsync(Services, new GenerateCommand.Options(Persons, Seed, AsOf, 150), null, CancellationToken.None);
    }

    [Fact]
    public async Task Generates_the_persons_asked_for_with_claims_deadlines_notices_documents_and_audit_lines()
    {
        var summary = await app.GeneratedAsync();
        Assert.Equal(Persons, summary.Persons);
        foreach (var table in new[] { nameof(Person), nameof(FamilyLink), nameof(IdentityDocument), nameof(AsylumClaim), nameof(AsylumEvent),
                     nameof(Deadline), nameof(OfficialNotice), nameof(IssuedDocument), nameof(AuditEntry) })
        {
            Assert.True(summary.RowsByTable.GetValueOrDefault(table) > 0, $"no {table} generated");
        }
    }

    [Fact]
    public async Task Every_person_passes_the_registry_validator_and_about_a_fifth_are_children()
    {
        await app.GeneratedAsync();
        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<RutaDbContext>();
            var validator = new PersonDataValidator(new FakeTimeProvider(app.Clock.GetUtcNow()));
            var persons = await db.Set<Person>().AsNoTracking().AsSplitQuery()
                .Include(p => p.Nationalities).Include(p => p.Languages).Include(p => p.Aliases).Include(p => p.Documents).ToListAsync();
            var generated = await GeneratedPersonIdsAsync(db);
            Assert.Equal(Persons, generated.Count);
            foreach (var person in persons.Where(p => generated.Contains(p.Id)))
            {
                var result = await validator.ValidateAsync(PersonData.From(person));
                Assert.True(result.IsValid, $"{person.Id}: {string.Join("; ", result.Errors.Select(e => e.ErrorMessage))}");
                Assert.Equal(PersonText.SearchName(person.GivenNames, person.FirstSurname, person.SecondSurname, person.Aliases.Select(a => a.Name)),
                    person.SearchName);
                Assert.True(person.IsStateless || person.Nationalities.Count > 0);
            }

            var children = persons.Count(p => generated.Contains(p.Id) && p.IsChildOn(app.AsOf));
            Assert.InRange(children, Persons * 12 / 100, Persons * 32 / 100);
            Assert.True(persons.Select(p => p.Nationalities.FirstOrDefault()?.CountryCode).Distinct().Count() >= 8, "too few nationalities");
        });
    }

    [Fact]
    public async Task Family_links_are_stored_in_pairs_with_at_most_two_parents_and_one_kinship_per_pair()
    {
        await app.GeneratedAsync();
        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<RutaDbContext>();
            var links = await db.Set<FamilyLink>().AsNoTracking().ToListAsync();
            var set = links.Select(l => (l.PersonId, l.RelativeId, l.Kind)).ToHashSet();
            Assert.NotEmpty(links);
            foreach (var link in links)
            {
                Assert.NotEqual(link.PersonId, link.RelativeId);
                Assert.Contains((link.RelativeId, link.PersonId, link.Kind.Inverse()), set);
            }

            Assert.All(links.GroupBy(l => (l.PersonId, l.RelativeId)), pair =>
            {
                Assert.True(pair.Count(l => !l.Kind.IsGuardianship()) <= 1, $"two kinships between {pair.Key}");
                Assert.True(pair.Count(l => l.Kind.IsGuardianship()) <= 1, $"two guardianships between {pair.Key}");
            });
            Assert.All(links.Where(l => l.Kind == FamilyRelation.Parent).GroupBy(l => l.PersonId),
                parents => Assert.True(parents.Count() <= FamilyRelations.MaxParents));
        });
    }

    [Fact]
    public async Task Every_claim_timeline_replays_through_the_asylum_transition_table_to_its_stored_state()
    {
        await app.GeneratedAsync();
        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<RutaDbContext>();
            var calendar = await sp.GetRequiredService<LegalCalendarProvider>().GetAsync(db, CancellationToken.None);
            var claims = await db.Set<AsylumClaim>().AsNoTracking().Include(c => c.Dependents).ToListAsync();
            var events = (await db.Set<AsylumEvent>().AsNoTracking().ToListAsync()).ToLookup(e => e.ClaimId);
            Assert.True(claims.Count >= 20, $"only {claims.Count} claims");
            foreach (var claim in claims)
            {
                var timeline = events[claim.Id].OrderBy(e => e.RecordedAt).ThenBy(e => e.OccurredOn).ThenBy(e => e.Id).ToList();
                Assert.Equal(AsylumClaimStatus.New, Replay(claim, []));
                Assert.Equal(claim.Status, Replay(claim, timeline));
                Assert.Equal(claim.ActCount, timeline.Count);
                Assert.Equal(calendar.Compute(claim.EnteredOn, AsylumRules.FilingPeriodBusinessDays, PeriodUnit.BusinessDays, "COMAR").DueDate,
                    claim.LastTimelyFilingDay);
                Assert.Equal(claim.FiledOn > claim.LastTimelyFilingDay, claim.IsLateFiling);
                Assert.True(claim.FiledOn >= claim.EnteredOn && claim.FiledOn <= app.AsOf);
                Assert.All(timeline, e => Assert.True(e.OccurredOn >= claim.FiledOn && e.OccurredOn <= app.AsOf, $"{claim.Id} {e.Kind} {e.OccurredOn}"));
                switch (claim.Status)
                {
                    case AsylumClaimStatus.Closed:
                        Assert.NotNull(claim.ClosingReason);
                        Assert.NotNull(claim.ClosedOn);
                        break;
                    case AsylumClaimStatus.Recognized:
                        Assert.True(claim.IsPositive && claim.RecognizedOn is not null, claim.Id.ToString());
                        break;
                    case AsylumClaimStatus.AppealWindowOpen:
                        Assert.NotNull(claim.AppealDueDate);
                        break;
                }
            }
        });
    }

    [Fact]
    public async Task Claims_reach_every_outcome_and_every_state_a_claim_can_rest_in()
    {
        await app.GeneratedAsync();
        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<RutaDbContext>();
            var claims = await db.Set<AsylumClaim>().AsNoTracking().Select(c => new { c.Status, c.Outcome, c.ClosingReason }).ToListAsync();
            foreach (var outcome in Enum.GetValues<AsylumOutcome>())
            {
                Assert.Contains(claims, c => c.Outcome == outcome);
            }

            foreach (var reason in new[] { ClosingReason.RejectedFinal, ClosingReason.Abandoned, ClosingReason.Withdrawn })
            {
                Assert.Contains(claims, c => c.ClosingReason == reason);
            }

            foreach (var status in new[] { AsylumClaimStatus.InProcedure, AsylumClaimStatus.Recognized, AsylumClaimStatus.Closed })
            {
                Assert.Contains(claims, c => c.Status == status);
            }
        });
    }

    [Fact]
    public async Task Every_deadline_is_the_legal_calendars_and_none_is_left_open_past_its_day()
    {
        await app.GeneratedAsync();
        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<RutaDbContext>();
            var calendar = await sp.GetRequiredService<LegalCalendarProvider>().GetAsync(db, CancellationToken.None);
            var deadlines = await db.Set<Deadline>().AsNoTracking().ToListAsync();
            var extended = deadlines.Where(d => d.ExtendsDeadlineId is not null).Select(d => d.ExtendsDeadlineId!.Value).ToHashSet();
            var asOfNoon = new DateTimeOffset(app.AsOf.ToDateTime(new TimeOnly(12, 0)), MexicoCity.Offset);
            foreach (var deadline in deadlines)
            {
                if (deadline.Unit == DeadlineUnit.Hours)
                {
                    Assert.Equal(MexicoCity.DateOf(deadline.DueAt!.Value), deadline.DueDate);
                }
                else
                {
                    var computed = calendar.Compute(deadline.TriggerDate, deadline.Amount, Deadlines.ToPeriodUnit(deadline.Unit), deadline.ResponsibleAgency);
                    Assert.Equal(computed.DueDate, deadline.DueDate);
                    Assert.Equal(computed.AdviseByDate, deadline.AdviseByDate);
                }

                Assert.Equal(deadline.Status == DeadlineStatus.Extended, extended.Contains(deadline.Id));
                if (deadline.Status == DeadlineStatus.Open && deadline.CaseType == AsylumRules.CaseType)
                {
                    Assert.False(deadline.IsPastDue(asOfNoon), $"{deadline.Id} {deadline.Kind} open past {deadline.DueDate}");
                }
            }
        });
    }

    [Fact]
    public async Task Every_notice_and_document_passes_the_kernels_checks_and_numbers_continue_after_the_run()
    {
        await app.GeneratedAsync();
        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<RutaDbContext>();
            var sender = sp.GetRequiredService<NoticeSender>();
            var issuer = sp.GetRequiredService<DocumentIssuer>();
            var codes = sp.GetRequiredService<DocumentVerificationCodes>();
            var notices = await db.Set<OfficialNotice>().AsNoTracking().ToListAsync();
            Assert.Equal(notices.Count, notices.Select(n => n.Folio).Distinct().Count());
            foreach (var notice in notices)
            {
                var errors = await sender.CheckAsync(new NewNotice(notice.RecipientAgency, notice.Type, notice.Subject, notice.Body, notice.LegalBasis,
                    notice.PersonId, notice.CaseType, notice.CaseId, SenderAgency: notice.SenderAgency), CancellationToken.None);
                Assert.True(errors.Count == 0, $"{notice.Folio}: {string.Join("; ", errors.SelectMany(e => e.Value))}");
                Assert.True(notice.AcknowledgedAt is null || notice.AcknowledgedAt >= notice.SentAt);
            }

            var documents = await db.Set<IssuedDocument>().AsNoTracking().ToListAsync();
            var byId = documents.ToDictionary(d => d.Id);
            foreach (var document in documents)
            {
                var errors = await issuer.CheckAsync(new IssueDocumentRequest(document.Type, document.HolderPersonId, document.ValidFrom,
                    document.ValidUntil, document.CaseType, document.CaseId, document.Description, document.IssuingOfficeId, document.IssuingAgency),
                    CancellationToken.None);
                Assert.True(errors.Count == 0, $"{document.Number}: {string.Join("; ", errors.SelectMany(e => e.Value))}");
                Assert.Equal(DocumentTypes.Issuer(document.Type), document.IssuingAgency);
                Assert.True(codes.TryRead(document.VerificationCode, out var id) && id == document.Id, document.Number);
                if (document.Status == DocumentStatus.Replaced)
                {
                    Assert.Equal(document.Id, byId[document.ReplacedById!.Value].ReplacesId);
                }
            }

            foreach (var counter in await db.Set<NoticeFolioCounter>().AsNoTracking().ToListAsync())
            {
                Assert.DoesNotContain(notices, n => n.Folio == Folios.Format(counter.AgencyCode, counter.Year, counter.Next));
            }

            foreach (var counter in await db.Set<DocumentNumberCounter>().AsNoTracking().ToListAsync())
            {
                Assert.DoesNotContain(documents, d => d.Number.StartsWith($"{counter.Series}-{counter.AgencyCode}-{counter.Year:D4}-{counter.Next:D6}",
                    StringComparison.Ordinal));
            }
        });
    }

    [Fact]
    public async Task The_same_seed_makes_the_same_households_and_a_loaded_seed_is_not_loaded_twice()
    {
        await app.GeneratedAsync();
        var first = await HouseholdsAsync(Seed);
        var again = await HouseholdsAsync(Seed);
        var other = await HouseholdsAsync(Seed + 1);
        Assert.Equal(first, again);
        Assert.NotEqual(first, other);

        using var output = new StringWriter();
        var exit = await GenerateCommand.RunAsync(app.Services, ["--persons", "10", "--seed", $"{Seed}", "--batch", "150"], output);
        Assert.Equal(1, exit);
        Assert.Contains("semilla", output.ToString(), StringComparison.Ordinal);
    }

    private async Task<List<string>> HouseholdsAsync(int seed) => await app.WithScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<RutaDbContext>();
        var context = await SyntheticContext.LoadAsync(db, sp.GetRequiredService<LegalCalendarProvider>(),
            sp.GetRequiredService<DocumentVerificationCodes>(), app.AsOf, CancellationToken.None);
        var batch = new SyntheticBatch(0, new Random(GenerateCommand.BatchSeed(seed, 0)), context, 150);
        foreach (var part in sp.GetServices<ISyntheticDataPart>().OrderBy(p => p.Order))
        {
            await part.PrepareAsync(context, CancellationToken.None);
            part.Generate(batch);
        }

        return batch.Households.SelectMany(h => h.Members)
            .Select(m => $"{m.Person.Id} {m.Person.GivenNames} {m.Person.FirstSurname} {m.Person.BirthDate}").ToList();
    });

    private static async Task<HashSet<Guid>> GeneratedPersonIdsAsync(RutaDbContext db) =>
        (await db.Set<AuditEntry>().AsNoTracking().Where(a => a.UserName == "generate" && a.EntityType == nameof(Person))
            .Select(a => a.RecordId).ToListAsync()).Select(Guid.Parse).ToHashSet();

    /// <summary>
    /// Fires each timeline entry's trigger on the claim's own transition table, from New. The guards
    /// read what the claim says: filed by a representative, late, and whether the notified resolution
    /// was positive (only the last one can be, unless the appeal revoked a negative one).
    /// </summary>
    private static AsylumClaimStatus Replay(AsylumClaim claim, IReadOnlyList<AsylumEvent> timeline)
    {
        var status = AsylumClaimStatus.New;
        var notifications = timeline.Count(e => e.Kind == AsylumEventKind.Notified);
        var decisions = timeline.Count(e => e.Kind == AsylumEventKind.AppealDecided);
        var notified = 0;
        var decided = 0;
        var positiveNow = false;
        var machine = AsylumProcedure.Build(() => status, s => status = s, () => claim.FiledBy == FiledBy.Representative,
            () => claim.IsLateFiling, () => positiveNow);
        foreach (var entry in timeline)
        {
            var trigger = entry.Kind switch
            {
                AsylumEventKind.Filed => AsylumTrigger.File,
                AsylumEventKind.Ratified => AsylumTrigger.Ratify,
                AsylumEventKind.RatificationLapsed => AsylumTrigger.LapseRatification,
                AsylumEventKind.LateFilingAdmitted => AsylumTrigger.AdmitLateFiling,
                AsylumEventKind.LateFilingRefused => AsylumTrigger.RefuseLateFiling,
                AsylumEventKind.Interview => AsylumTrigger.RecordInterview,
                AsylumEventKind.Signing => AsylumTrigger.RecordSigning,
                AsylumEventKind.OpinionRequested => AsylumTrigger.RequestOpinion,
                AsylumEventKind.OpinionReceived => AsylumTrigger.RecordOpinion,
                AsylumEventKind.EvidenceReceived => AsylumTrigger.ReceiveEvidence,
                AsylumEventKind.Extended => AsylumTrigger.Extend,
                AsylumEventKind.Resolved => AsylumTrigger.Resolve,
                AsylumEventKind.Notified => AsylumTrigger.Notify,
                AsylumEventKind.AppealFiled => AsylumTrigger.FileAppeal,
                AsylumEventKind.AppealWindowLapsed => AsylumTrigger.LapseAppealWindow,
                AsylumEventKind.AppealDecided => ++decided < decisions ? AsylumTrigger.OrderNewResolution : claim.AppealDecision switch
                {
                    AppealDecision.Confirmed => AsylumTrigger.ConfirmOnAppeal,
                    AppealDecision.Revoked => AsylumTrigger.RevokeOnAppeal,
                    _ => AsylumTrigger.OrderNewResolution,
                },
                AsylumEventKind.Abandoned => AsylumTrigger.Abandon,
                AsylumEventKind.Withdrawn => AsylumTrigger.Withdraw,
                AsylumEventKind.Article52Determined => AsylumTrigger.DetermineArticle52,
                _ => AsylumTrigger.RecordConsularContact,
            };
            if (trigger == AsylumTrigger.Notify)
            {
                positiveNow = ++notified == notifications && claim.IsPositive && claim.AppealDecision != AppealDecision.Revoked;
            }

            // Throws IllegalTransitionException, naming the state, when the table has no such move.
            machine.Fire(trigger);
        }

        return status;
    }
}
