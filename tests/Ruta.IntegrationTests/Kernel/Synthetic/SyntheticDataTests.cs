using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Ruta.IntegrationTests.Infrastructure;
using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.Agencies;
using Ruta.Web.Kernel.Audit;
using Ruta.Web.Kernel.Calendar;
using Ruta.Web.Kernel.ChildProtection;
using Ruta.Web.Kernel.Custody;
using Ruta.Web.Kernel.Documents;
using Ruta.Web.Kernel.Notices;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Kernel.Persons;
using Ruta.Web.Kernel.Synthetic;
using Ruta.Web.Modules.Asylum.Domain;
using Ruta.Web.Modules.Children.Domain;
using Ruta.Web.Modules.Migration;
using Ruta.Web.Modules.Migration.Domain;
using Ruta.Web.Modules.Migration.Features;

namespace Ruta.IntegrationTests.Kernel.Synthetic;

/// <summary>
/// `ruta generate` on a small sample, then every record read back and checked with the domain's own
/// validators and tables: the registry's validator, the family-link rules, the asylum procedure's
/// transition table (each claim's timeline replayed), the legal calendar (each deadline recomputed),
/// the notice sender's and the document issuer's checks, the verification codes; for migration, each
/// apprehension, crossing, admission, release and canalization through its feature's validator, each
/// stay's timeline replayed through the station table, the age gate (no child ever has a stay) and the
/// stay's deadlines against what the stay did; each child-protection case replayed through its table,
/// with the rules of its plan, INM decision and closure checked again.
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
    public async Task Generates_the_persons_asked_for_with_claims_apprehensions_stays_deadlines_notices_documents_and_audit_lines()
    {
        var summary = await app.GeneratedAsync();
        Assert.Equal(Persons, summary.Persons);
        foreach (var table in new[] { nameof(Person), nameof(FamilyLink), nameof(IdentityDocument), nameof(AsylumClaim), nameof(AsylumEvent),
                     nameof(Deadline), nameof(OfficialNotice), nameof(IssuedDocument), nameof(AuditEntry), nameof(Apprehension),
                     nameof(ApprehendedPerson), nameof(StationAgeCheck), nameof(StationStay), nameof(StationStayEvent), nameof(ChildCanalization),
                     nameof(BorderControlEntry), nameof(ChildCase), nameof(CaseEvent), nameof(RestitutionPlan) })
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
            var generatedStays = await GeneratedIdsAsync(db, nameof(StationStay));
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
                // The demo data's stays are not settled by a missed-deadline run; the generated ones are.
                if (deadline.Status == DeadlineStatus.Open && (deadline.CaseType == AsylumRules.CaseType || generatedStays.Contains(deadline.CaseId)))
                {
                    Assert.False(deadline.IsPastDue(asOfNoon), $"{deadline.Id} {deadline.Kind} open past {deadline.DueDate}");
                }
            }
        });
    }

    [Fact]
    public async Task Every_apprehension_and_crossing_passes_its_features_validator_and_no_child_ever_has_a_stay()
    {
        await app.GeneratedAsync();
        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<RutaDbContext>();
            var now = DatasetNow();
            var persons = await db.Set<Person>().AsNoTracking().ToDictionaryAsync(p => p.Id);
            var offices = await db.Set<Office>().AsNoTracking().ToDictionaryAsync(o => o.Id);
            var generated = await GeneratedIdsAsync(db, nameof(Apprehension));
            var apprehensions = (await db.Set<Apprehension>().AsNoTracking().Include(a => a.Persons).ToListAsync()).Where(a => generated.Contains(a.Id)).ToList();
            var stays = await db.Set<StationStay>().AsNoTracking().ToDictionaryAsync(s => s.Id);
            var notices = await db.Set<OfficialNotice>().AsNoTracking().Where(n => n.CaseType == MigrationRules.ApprehensionCaseType).ToDictionaryAsync(n => n.Id);
            var checks = await db.Set<StationAgeCheck>().AsNoTracking().ToListAsync();
            var operations = RecordApprehension.Operations.ToDictionary(o => o.Value, o => o.Key);
            Assert.True(apprehensions.Count >= 50, $"only {apprehensions.Count} apprehensions");
            Assert.Contains(apprehensions, a => a.Persons.Any(p => p.IsChild));
            foreach (var apprehension in apprehensions)
            {
                var request = new RecordApprehension.Request(operations[apprehension.Operation], apprehension.OrderReference, apprehension.LegalBasis,
                    apprehension.StateCode, apprehension.Municipality, apprehension.Place, new DateTimeOffset(apprehension.DisposedAt, TimeSpan.Zero),
                    apprehension.DisposedBy, apprehension.StationOfficeId, [.. apprehension.Persons.Select(p => new RecordApprehension.Member(p.PersonId, p.CarerId))]);
                var result = await new RecordApprehension.Validator(now).ValidateAsync(request);
                Assert.True(result.IsValid, $"{apprehension.Id}: {string.Join("; ", result.Errors.Select(e => e.ErrorMessage))}");
                var station = offices[apprehension.StationOfficeId];
                Assert.True(station is { AgencyCode: AgencyCodes.Inm, Kind: OfficeKind.MigrationStation, IsActive: true }, station.Code);
                Assert.True(apprehension.CreatedAt >= apprehension.DisposedAt && apprehension.CreatedAt <= now.UtcDateTime);
                foreach (var member in apprehension.Persons)
                {
                    var person = persons[member.PersonId];
                    var disposedOn = MexicoCity.DateOf(apprehension.DisposedAt);
                    // The age gate's answer, recomputed from the registry: the presumption of childhood included.
                    Assert.Equal(person.IsChildOn(disposedOn), member.IsChild);
                    Assert.Single(checks, c => c.ApprehensionId == apprehension.Id && c.PersonId == member.PersonId && c.Purpose == StationAgeCheck.AtDisposal
                        && c.OnDate == disposedOn && c.IsAdult == !member.IsChild);
                    Assert.DoesNotContain(person.Nationalities.Select(n => n.CountryCode), c => c == "MEX");
                    if (member.IsChild)
                    {
                        // MIG-07/08: never a stay; the Procuraduría is notified at once.
                        Assert.Null(member.StayId);
                        var notice = notices[member.ChildNoticeId!.Value];
                        Assert.Equal((MigrationNoticeTypes.ChildIdentified, AgencyCodes.ChildProtectionOffice, AgencyCodes.Inm, member.PersonId, apprehension.Id),
                            (notice.Type, notice.RecipientAgency, notice.SenderAgency, notice.PersonId!.Value, notice.CaseId!.Value));
                        Assert.Equal(apprehension.CreatedAt, notice.SentAt);
                    }
                    else
                    {
                        Assert.Null(member.ChildNoticeId);
                        var stay = stays[member.StayId!.Value];
                        Assert.Equal((member.PersonId, apprehension.Id, apprehension.DisposedAt, apprehension.StationOfficeId),
                            (stay.PersonId, stay.ApprehensionId, stay.DisposedAt, stay.StationOfficeId));
                    }
                }
            }

            // No stay at all (not only the generated ones) for a person who was a child on the day of the puesta a disposición or of the acuerdo.
            foreach (var stay in stays.Values)
            {
                var person = persons[stay.PersonId];
                Assert.False(person.IsChildOn(MexicoCity.DateOf(stay.DisposedAt)), $"stay {stay.Id} of a child");
                Assert.False(stay.AdmittedAt is { } admitted && person.IsChildOn(MexicoCity.DateOf(admitted)), $"stay {stay.Id} admits a child");
            }

            var canalizations = (await db.Set<ChildCanalization>().AsNoTracking().ToListAsync()).Where(c => generated.Contains(c.ApprehensionId)).ToList();
            var byApprehension = apprehensions.ToDictionary(a => a.Id);
            Assert.NotEmpty(canalizations);
            foreach (var canalization in canalizations)
            {
                var apprehension = byApprehension[canalization.ApprehensionId];
                var member = Assert.Single(apprehension.Persons, p => p.PersonId == canalization.ChildId);
                Assert.True(member.IsChild);
                var result = await new RecordCanalization.Validator(now, apprehension.DisposedAt).ValidateAsync(new RecordCanalization.Request(canalization.ChildId,
                    canalization.ProcuraduriaOfficial, new DateTimeOffset(canalization.ProcuraduriaAppearedAt, TimeSpan.Zero), canalization.CareCentre,
                    canalization.DifOfficeId, new DateTimeOffset(canalization.CanalizedAt, TimeSpan.Zero), canalization.ActaReference));
                Assert.True(result.IsValid, $"{canalization.Id}: {string.Join("; ", result.Errors.Select(e => e.ErrorMessage))}");
                Assert.True(canalization.ProcuraduriaAppearedAt >= notices[member.ChildNoticeId!.Value].SentAt);
                Assert.True(canalization.DifOfficeId is null || offices[canalization.DifOfficeId.Value].AgencyCode == AgencyCodes.Dif);
            }

            var generatedCrossings = await GeneratedIdsAsync(db, nameof(BorderControlEntry));
            var crossings = (await db.Set<BorderControlEntry>().AsNoTracking().ToListAsync()).Where(c => generatedCrossings.Contains(c.Id)).ToList();
            var documentTypes = RecordBorderCrossing.DocumentTypes.ToDictionary(d => d.Value, d => d.Key);
            var conditions = RecordBorderCrossing.Conditions.ToDictionary(d => d.Value, d => d.Key);
            Assert.Contains(crossings, c => c.Direction == CrossingDirection.Entry);
            foreach (var crossing in crossings)
            {
                var request = new RecordBorderCrossing.Request(crossing.PersonId, crossing.PointOfficeId, crossing.Direction == CrossingDirection.Entry ? "entry" : "exit",
                    new DateTimeOffset(crossing.OccurredAt, TimeSpan.Zero),
                    crossing.DocumentType is { } type ? new TravelDocument(documentTypes[type], crossing.DocumentNumber, crossing.DocumentCountry) : null,
                    crossing.ConditionOfStay is { } condition ? conditions[condition] : null, crossing.AskedForAsylum);
                var result = await new RecordBorderCrossing.Validator(now).ValidateAsync(request);
                Assert.True(result.IsValid, $"{crossing.Id}: {string.Join("; ", result.Errors.Select(e => e.ErrorMessage))}");
                Assert.Equal(OfficeKind.TransitPoint, offices[crossing.PointOfficeId].Kind);
                Assert.Equal(crossing.AskedForAsylum, crossing.AsylumNoticeId is not null);
            }
        });
    }

    [Fact]
    public async Task Every_stay_replays_through_the_station_table_and_each_act_passes_its_features_validator()
    {
        await app.GeneratedAsync();
        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<RutaDbContext>();
            var now = DatasetNow();
            var persons = await db.Set<Person>().AsNoTracking().Include(p => p.FamilyLinks).ToDictionaryAsync(p => p.Id);
            var generated = await GeneratedIdsAsync(db, nameof(StationStay));
            var stays = (await db.Set<StationStay>().AsNoTracking().ToListAsync()).Where(s => generated.Contains(s.Id)).ToList();
            var events = (await db.Set<StationStayEvent>().AsNoTracking().ToListAsync()).ToLookup(e => e.StayId);
            var checks = await db.Set<StationAgeCheck>().AsNoTracking().ToDictionaryAsync(c => c.Id);
            var apprehensions = await db.Set<Apprehension>().AsNoTracking().Include(a => a.Persons).ToDictionaryAsync(a => a.Id);
            var canalized = (await db.Set<ChildCanalization>().AsNoTracking().ToListAsync()).ToDictionary(c => (c.ApprehensionId, c.ChildId), c => c.CanalizedAt);
            var claims = await db.Set<AsylumClaim>().AsNoTracking().Include(c => c.Dependents).ToListAsync();
            var claimedOn = claims.SelectMany(c => c.PersonIds.Select(p => (p, c.FiledOn))).GroupBy(x => x.p).ToDictionary(g => g.Key, g => g.Min(x => x.FiledOn));
            var askedAtFilter = (await db.Set<BorderControlEntry>().AsNoTracking().Where(e => e.AskedForAsylum).ToListAsync())
                .GroupBy(e => e.PersonId).ToDictionary(g => g.Key, g => g.Min(e => e.OccurredAt));
            var grounds = ReleaseFromStation.Grounds.ToDictionary(g => g.Value, g => g.Key);
            var fractions = ExtendStay.Grounds.ToDictionary(g => g.Value, g => g.Key);
            var bars = sp.GetServices<IStationAdmissionBar>().ToList();
            Assert.True(stays.Count >= 50, $"only {stays.Count} stays");
            foreach (var status in new[] { StationStayStatus.Released, StationStayStatus.Removed, StationStayStatus.ExitForRegularization })
            {
                Assert.Contains(stays, s => s.Status == status);
            }

            Assert.Contains(stays, s => s.AdmittedAt is null && !s.IsOpen);
            Assert.Contains(stays, s => s.ExtendedToCap);
            foreach (var stay in stays)
            {
                var timeline = events[stay.Id].OrderBy(e => e.RecordedAt).ThenBy(e => e.OccurredAt).ThenBy(e => e.Id).ToList();
                Assert.Equal(stay.Status, Replay(timeline));
                Assert.Equal(stay.ActCount, timeline.Count);
                Assert.Equal(StayEventKind.PutAtDisposal, timeline[0].Kind);
                Assert.All(timeline, e => Assert.True(e.OccurredAt >= stay.DisposedAt && e.RecordedAt <= now.UtcDateTime, $"{stay.Id} {e.Kind}"));

                // The age gate: both checks adult, of this person, on the day they were made.
                var person = persons[stay.PersonId];
                var atDisposal = checks[stay.AgeCheckId];
                Assert.True(atDisposal.IsAdult && atDisposal.PersonId == stay.PersonId && atDisposal.OnDate == MexicoCity.DateOf(stay.DisposedAt));
                var apprehension = apprehensions[stay.ApprehensionId];
                if (stay.AdmittedAt is { } admittedAt)
                {
                    var atAdmission = checks[stay.AdmissionAgeCheckId!.Value];
                    Assert.True(atAdmission.IsAdult && atAdmission.PersonId == stay.PersonId && atAdmission.OnDate == MexicoCity.DateOf(admittedAt));
                    var consular = AdmitToStation.ConsularValues.Single(c => c.Value == stay.Consular).Key;
                    var interpreter = AdmitToStation.InterpreterValues.Single(c => c.Value == stay.Interpreter).Key;
                    var admission = await new AdmitToStation.Validator(now, stay.DisposedAt, person.NeedsInterpreter).ValidateAsync(new AdmitToStation.Request(
                        stay.PersonId, new DateTimeOffset(admittedAt, TimeSpan.Zero), stay.AgreementReference, stay.InformedOfRights, stay.RightsInWriting,
                        consular, stay.LegalAdvice, interpreter, stay.InterpreterLanguage, stay.PhoneCall, stay.Visits));
                    Assert.True(admission.IsValid, $"{stay.Id}: {string.Join("; ", admission.Errors.Select(e => e.ErrorMessage))}");
                    // MIG-12: no module's bar (a child, a person who came forward to regularize…) refuses the admission.
                    foreach (var bar in bars)
                    {
                        Assert.Null(await bar.EvaluateAsync(stay.PersonId, admittedAt, CancellationToken.None));
                    }

                    // MIG-10: within 24 hours; MIG-09: an adult caring for children present only once they are all canalized.
                    Assert.True(admittedAt <= stay.DisposedAt.AddHours(MigrationRules.AgreementHours), $"{stay.Id} admitted after 24 h");
                    var children = apprehension.Persons.Where(p => p.IsChild).Select(p => p.PersonId).ToHashSet();
                    foreach (var child in person.FamilyLinks.Where(l => ApprehensionFamily.CareRelations.Contains(l.Kind) && children.Contains(l.RelativeId)))
                    {
                        Assert.True(canalized.TryGetValue((apprehension.Id, child.RelativeId), out var at) && at <= admittedAt, $"{stay.Id}: carer admitted");
                    }
                }

                if (stay.ExtendedToCap || stay.ExtensionGround is not null)
                {
                    var extension = await new ExtendStay.Validator(MexicoCity.DateOf(now), MexicoCity.DateOf(stay.AdmittedAt!.Value)).ValidateAsync(
                        new ExtendStay.Request(fractions[stay.ExtensionGround!.Value], stay.ExtensionReason, stay.ExtendedOn));
                    Assert.True(extension.IsValid, $"{stay.Id}: {string.Join("; ", extension.Errors.Select(e => e.ErrorMessage))}");
                }

                // Exits consistent with the state: open stays have none; every exit after the last act before it, its reason the state's.
                Assert.Equal(stay.IsOpen, stay.EndedAt is null);
                Assert.Equal(stay.IsOpen, stay.EndReason is null);
                Assert.Equal(stay.EndReason == StayEndReason.Release, stay.ReleaseGround is not null);
                if (stay.EndedAt is { } endedAt)
                {
                    Assert.Equal(stay.Status, stay.EndReason switch
                    {
                        StayEndReason.Release => StationStayStatus.Released,
                        StayEndReason.Regularization => StationStayStatus.ExitForRegularization,
                        StayEndReason.Removal => StationStayStatus.Removed,
                        _ => StationStayStatus.Canalized,
                    });
                    Assert.True(endedAt >= (stay.AdmittedAt ?? stay.DisposedAt) && endedAt <= now.UtcDateTime, stay.Id.ToString());
                    Assert.False(string.IsNullOrWhiteSpace(stay.EndReference));
                    if (stay.ReleaseGround is { } ground)
                    {
                        var release = await new ReleaseFromStation.Validator(now, stay.DisposedAt, stay.AdmittedAt is not null).ValidateAsync(
                            new ReleaseFromStation.Request(grounds[ground], new DateTimeOffset(endedAt, TimeSpan.Zero), stay.EndReference));
                        Assert.True(release.IsValid, $"{stay.Id}: {string.Join("; ", release.Errors.Select(e => e.ErrorMessage))}");
                    }

                    // MIG-05 and LRPCAP art. 6: nobody who had claimed asylum (or asked for it at a filter) is removed.
                    if (stay.Status == StationStayStatus.Removed)
                    {
                        Assert.False(claimedOn.TryGetValue(stay.PersonId, out var filed) && filed <= MexicoCity.DateOf(endedAt), $"{stay.Id}: claimant removed");
                        Assert.False(askedAtFilter.TryGetValue(stay.PersonId, out var asked) && asked <= endedAt, $"{stay.Id}: asked at the filter, removed");
                    }
                }
            }

            // One custody at a time: a person's stays never overlap.
            foreach (var person in stays.GroupBy(s => s.PersonId))
            {
                var ordered = person.OrderBy(s => s.DisposedAt).ToList();
                Assert.True(ordered.Count(s => s.IsOpen) <= 1);
                for (var i = 1; i < ordered.Count; i++)
                {
                    Assert.True(ordered[i - 1].EndedAt is { } previous && previous < ordered[i].DisposedAt, $"overlapping stays of {person.Key}");
                }
            }
        });
    }

    [Fact]
    public async Task Every_stay_has_the_deadlines_its_acts_schedule_closed_as_the_stay_went()
    {
        await app.GeneratedAsync();
        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<RutaDbContext>();
            var generated = await GeneratedIdsAsync(db, nameof(StationStay));
            var stays = (await db.Set<StationStay>().AsNoTracking().ToListAsync()).Where(s => generated.Contains(s.Id)).ToList();
            var deadlines = (await db.Set<Deadline>().AsNoTracking().Where(d => d.CaseType == MigrationRules.StayCaseType).ToListAsync()).ToLookup(d => d.CaseId);
            var detentionAlert = sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<MigrationOptions>>().Value.DetentionPolicyAlert;
            foreach (var stay in stays)
            {
                var own = deadlines[stay.Id].ToList();
                Assert.All(own, d => Assert.Equal(stay.PersonId, d.PersonId));
                var agreement = Assert.Single(own, d => d.Kind == MigrationRules.AgreementKind);
                Assert.Equal((DeadlineUnit.Hours, MigrationRules.AgreementHours, stay.DisposedAt.AddHours(MigrationRules.AgreementHours), MexicoCity.DateOf(stay.DisposedAt)),
                    (agreement.Unit, agreement.Amount, agreement.DueAt!.Value, agreement.TriggerDate));
                var limits = own.Where(d => d.Kind == MigrationRules.StayLimitKind).OrderBy(d => d.CreatedAt).ToList();
                if (stay.AdmittedAt is { } admittedAt)
                {
                    Assert.Equal(DeadlineStatus.Met, agreement.Status);
                    var limit = limits[0];
                    Assert.Equal((DeadlineUnit.BusinessDays, MigrationRules.StayBusinessDays, MexicoCity.DateOf(admittedAt)), (limit.Unit, limit.Amount, limit.TriggerDate));
                    if (stay.ExtendedToCap)
                    {
                        // MIG-15: once, to the 60th business day after the presentación.
                        Assert.Equal(2, limits.Count);
                        Assert.Equal(DeadlineStatus.Extended, limit.Status);
                        Assert.Equal((limit.Id, MigrationRules.StayCapBusinessDays - MigrationRules.StayBusinessDays, limit.DueDate),
                            (limits[1].ExtendsDeadlineId!.Value, limits[1].Amount, limits[1].TriggerDate));
                    }
                    else if (stay.ExtensionGround == StayExtensionGround.RecourseOrAmparo)
                    {
                        Assert.Single(limits);
                        Assert.Contains(limit.Status, new[] { DeadlineStatus.Suspended, DeadlineStatus.Cancelled });
                    }
                    else
                    {
                        Assert.Single(limits);
                    }
                }
                else
                {
                    Assert.Empty(limits);
                    Assert.Contains(agreement.Status, stay.IsOpen ? new[] { DeadlineStatus.Open, DeadlineStatus.Missed } : new[] { DeadlineStatus.Cancelled, DeadlineStatus.Missed });
                }

                var alert = own.SingleOrDefault(d => d.Kind == MigrationRules.DetentionPolicyKind);
                Assert.Equal(detentionAlert, alert is not null);
                if (alert is not null && stay.EndedAt is { } ended)
                {
                    Assert.Equal(stay.DisposedAt.AddHours(MigrationRules.DetentionPolicyHours), alert.DueAt);
                    Assert.Equal(ended <= alert.DueAt ? DeadlineStatus.Met : DeadlineStatus.Missed, alert.Status);
                }

                if (!stay.IsOpen)
                {
                    Assert.DoesNotContain(own, d => d.Status is DeadlineStatus.Open or DeadlineStatus.Suspended);
                    var last = limits.LastOrDefault();
                    if (last is not null && stay.ExtensionGround != StayExtensionGround.RecourseOrAmparo)
                    {
                        Assert.Equal(MexicoCity.DateOf(stay.EndedAt!.Value) <= last.DueDate ? DeadlineStatus.Met : DeadlineStatus.Missed, last.Status);
                    }
                }
            }
        });
    }

    [Fact]
    public async Task Every_child_case_replays_through_the_protection_table_and_keeps_the_rules_of_its_plan_decision_and_closure()
    {
        await app.GeneratedAsync();
        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<RutaDbContext>();
            var generated = await GeneratedIdsAsync(db, nameof(ChildCase));
            var cases = (await db.Set<ChildCase>().AsNoTracking().AsSplitQuery().Include(c => c.Adults)
                .Include(c => c.Plans).ThenInclude(p => p.Measures).Include(c => c.Plans).ThenInclude(p => p.FamilyUnity)
                .Include(c => c.Decisions).ThenInclude(d => d.FamilyUnity).ToListAsync()).Where(c => generated.Contains(c.Id)).ToList();
            var events = (await db.Set<CaseEvent>().AsNoTracking().ToListAsync()).ToLookup(e => e.CaseId);
            var persons = await db.Set<Person>().AsNoTracking().ToDictionaryAsync(p => p.Id);
            var notices = await db.Set<OfficialNotice>().AsNoTracking().ToDictionaryAsync(n => n.Id);
            var offices = await db.Set<Office>().AsNoTracking().ToDictionaryAsync(o => o.Id);
            Assert.True(cases.Count >= 20, $"only {cases.Count} child cases");
            Assert.Contains(cases, c => c.Status == ChildCaseStatus.PlanInForce || c.Status == ChildCaseStatus.Closed);
            Assert.Contains(cases, c => c.Decisions.Count > 0);
            Assert.All(cases.GroupBy(c => c.PersonId), g => Assert.True(g.Count(c => c.IsOpen) <= 1, $"two open cases of {g.Key}"));
            foreach (var child in cases)
            {
                var timeline = events[child.Id].OrderBy(e => e.OccurredAt).ThenBy(e => e.Id).ToList();
                var status = ChildCaseStatus.New;
                var machine = ChildProtectionProcedure.Build(() => status, s => status = s);
                foreach (var entry in timeline)
                {
                    // Throws IllegalTransitionException, naming the state, when the table has no such move.
                    machine.Fire(entry.Trigger);
                }

                Assert.Equal(child.Status, status);
                Assert.Equal(child.ActCount, timeline.Count);
                var person = persons[child.PersonId];
                var identifiedOn = MexicoCity.DateOf(child.IdentifiedAt);
                Assert.True(person.IsChildOn(identifiedOn), $"{child.Id}: not a child when identified");
                Assert.Equal(ChildCase.AccompanimentOf(child.Adults.Select(a => a.Relation)), child.Accompaniment);
                Assert.All(child.Adults, a => Assert.False(persons[a.PersonId].IsChildOn(identifiedOn)));

                // Notified through the apprehension's oficio to the Procuraduría; canalized to a DIF office.
                var notice = notices[child.NoticeId!.Value];
                Assert.Equal((NoticeTypes.ChildIdentified, AgencyCodes.ChildProtectionOffice, child.PersonId), (notice.Type, notice.RecipientAgency, notice.PersonId!.Value));
                Assert.Equal(AgencyCodes.ChildProtectionOffice, offices[child.ProcuraduriaOfficeId].AgencyCode);
                if (child.CanalizedAt is not null)
                {
                    Assert.Equal(AgencyCodes.Dif, offices[child.DifOfficeId!.Value].AgencyCode);
                    Assert.False(string.IsNullOrWhiteSpace(child.CanalizationActNumber));
                }

                if (child.BestInterestDeterminedOn is { } bestOn)
                {
                    // The child's opinion, or (only under 12, of certain age) why it could not be heard.
                    var age = Person.AgeOn(person.BirthDate, bestOn);
                    Assert.True(child.ChildOpinion is not null
                        || (child.OpinionNotHeardReason is not null && !child.AgePresumed && age < ChildRules.OpinionMandatoryFromAge), child.Id.ToString());
                }

                foreach (var plan in child.Plans)
                {
                    Assert.True(plan.Outcomes.Any);
                    Assert.True(plan.IssuedOn >= child.BestInterestDeterminedOn);
                    Assert.True(plan.FamilyUnity.Count == 0 || plan.AllowsRegularization);
                    var caregivers = child.Adults.Where(a => a.IsCaregiver && !a.ContraryToInterest).Select(a => a.PersonId).ToHashSet();
                    Assert.All(plan.FamilyUnity, f => Assert.Contains(f.PersonId, caregivers));
                    Assert.Equal(NoticeTypes.ChildRestitutionPlan, notices[plan.NoticeId!.Value].Type);
                }

                foreach (var decision in child.Decisions)
                {
                    // LM art. 112 fr. III: INM decides only what the plan allows, with the family the plan names.
                    var plan = child.Plans.Single(p => p.Id == decision.PlanId);
                    Assert.True(plan.Allows(decision.Outcome), $"{child.Id}: {decision.Outcome} not in the plan");
                    Assert.True(decision.DecidedOn >= plan.IssuedOn);
                    Assert.All(decision.FamilyUnity, f => Assert.Contains(plan.FamilyUnity, p => p.PersonId == f.PersonId));
                }

                switch (child.ClosingReason)
                {
                    case ChildClosingReason.LeftCountry:
                        Assert.Contains(child.Decisions.Single(d => d.PlanId == child.CurrentPlanId).Outcome,
                            new[] { ChildProtectionOutcome.AssistedReturn, ChildProtectionOutcome.FamilyReunificationAbroad });
                        break;
                    case ChildClosingReason.RightsRestored:
                        Assert.All(child.Plans.Single(p => p.Id == child.CurrentPlanId).Measures, m => Assert.Equal(MeasureStatus.Fulfilled, m.Status));
                        break;
                    case ChildClosingReason.ReachedAdulthood:
                        Assert.False(person.IsChildOn(child.ClosedOn!.Value));
                        break;
                }

                Assert.Equal(child.Status == ChildCaseStatus.Closed, child.ClosedOn is not null);
                Assert.True(child.ClosedOn is null || child.ClosedOn <= app.AsOf);
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

    /// <summary>The dataset's "now": noon of the reference date (what the generator and its settled deadlines assume), or later.</summary>
    private DateTimeOffset DatasetNow()
    {
        var noon = new DateTimeOffset(app.AsOf.ToDateTime(new TimeOnly(12, 0)), MexicoCity.Offset);
        return noon > app.Clock.GetUtcNow() ? noon : app.Clock.GetUtcNow();
    }

    /// <summary>Fires each timeline entry's trigger on the station's own transition table, from New.</summary>
    private static StationStayStatus Replay(IReadOnlyList<StationStayEvent> timeline)
    {
        var status = StationStayStatus.New;
        var machine = StationProcedure.Build(() => status, s => status = s);
        foreach (var entry in timeline)
        {
            machine.Fire(entry.Kind switch
            {
                StayEventKind.PutAtDisposal => StationStayTrigger.PutAtDisposal,
                StayEventKind.Admitted => StationStayTrigger.Admit,
                StayEventKind.AsylumRequested => StationStayTrigger.RecordAsylumRequest,
                StayEventKind.Extended => StationStayTrigger.Extend,
                StayEventKind.Released => StationStayTrigger.Release,
                StayEventKind.ExitForRegularization => StationStayTrigger.ExitToRegularize,
                StayEventKind.Removed => StationStayTrigger.Remove,
                _ => StationStayTrigger.Canalize,
            });
        }

        return status;
    }

    /// <summary>The records of <paramref name="entityType"/> the run made (its audit lines name it), not the demo data's.</summary>
    private static async Task<HashSet<Guid>> GeneratedIdsAsync(RutaDbContext db, string entityType) =>
        (await db.Set<AuditEntry>().AsNoTracking().Where(a => a.UserName == "generate" && a.EntityType == entityType)
            .Select(a => a.RecordId).ToListAsync()).Select(Guid.Parse).ToHashSet();

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
