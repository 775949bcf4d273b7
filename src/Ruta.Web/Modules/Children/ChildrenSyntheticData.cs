using System.Globalization;
using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.Agencies;
using Ruta.Web.Kernel.Audit;
using Ruta.Web.Kernel.Calendar;
using Ruta.Web.Kernel.ChildProtection;
using Ruta.Web.Kernel.Notices;
using Ruta.Web.Kernel.Persons;
using Ruta.Web.Kernel.Synthetic;
using Ruta.Web.Modules.Children.Domain;
using Ruta.Web.Modules.Migration.Domain;

namespace Ruta.Web.Modules.Children;

/// <summary>
/// The child-protection module's part of the synthetic dataset: a case for each child INM put at its
/// disposal (the migration part, run before) whose Procuraduría acknowledged the oficio and who was
/// canalized, walked through <see cref="ChildCase"/>'s own methods (so the
/// <see cref="ChildProtectionProcedure"/> table and each act's legal rule apply): identified by INM with
/// the adults of the apprehension linked to the child (the apprehension's oficio is the case's notice,
/// not a second one), canalized with the apprehension's acta to the same DIF (with the oficio to DIF),
/// received by the Procuraduría when it acknowledged, then the restitution stages as far as the reference
/// date lets them go.
/// <para>Shares (planning figures, NOT VERIFIED statistics): 70% of cases get the family diagnosis,
/// 85% of those the rights determined, 90% the best interest (the child's opinion heard; under 12 a few
/// with the reason it could not be), 90% a restitution plan presented to INM (24-hour acknowledgement
/// alert), 85% an INM decision under the plan. Accompanied children: regularization with family unity
/// (the plan names their parents or carers of the case); unaccompanied: assisted return (40%), reunification
/// abroad (20%), the asylum procedure (20%) or regularization. Cases whose decision lets the child leave
/// close as left-country; the others close as rights restored once every measure is fulfilled; a child who
/// turns 18 on the way closes as reached adulthood.</para>
/// </summary>
internal sealed class ChildrenSyntheticData : ISyntheticDataPart
{
    private readonly Dictionary<string, Office> _procuradurias = new(StringComparer.Ordinal);
    private Office? _federal;
    private Dictionary<Guid, Office> _dif = [];

    public int Order => 40;
    public string Name => "niñez";

    public Task PrepareAsync(SyntheticContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        _procuradurias.Clear();
        foreach (var office in context.OfficesOf(AgencyCodes.ChildProtectionOffice).Where(o => o.Kind == OfficeKind.StateOffice))
        {
            _procuradurias.TryAdd(office.StateCode, office);
        }

        _federal = context.OfficesOf(AgencyCodes.ChildProtectionOffice).FirstOrDefault(o => o.Kind == OfficeKind.FederalOffice)
            ?? context.OfficesOf(AgencyCodes.ChildProtectionOffice).FirstOrDefault();
        _dif = context.OfficesOf(AgencyCodes.Dif).ToDictionary(o => o.Id);
        return Task.CompletedTask;
    }

    public void Generate(SyntheticBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (_federal is null)
        {
            return;
        }

        var persons = batch.Households.SelectMany(h => h.Members).ToDictionary(m => m.Person.Id, m => m.Person);
        var notices = batch.Rows.Of<OfficialNotice>().Where(n => n.CaseType == MigrationRules.ApprehensionCaseType).ToDictionary(n => n.Id);
        var canalizations = batch.Rows.Of<ChildCanalization>().ToDictionary(c => (c.ApprehensionId, c.ChildId));
        var open = new HashSet<Guid>();
        foreach (var apprehension in batch.Rows.Of<Apprehension>().OrderBy(a => a.DisposedAt))
        {
            foreach (var member in apprehension.Persons.Where(p => p.IsChild))
            {
                // One open case per child (NNA_CASE_ALREADY_OPEN); only children canalized after an acknowledged oficio.
                if (open.Contains(member.PersonId) || !persons.TryGetValue(member.PersonId, out var child)
                    || member.ChildNoticeId is not { } noticeId || !notices.TryGetValue(noticeId, out var notice) || notice.AcknowledgedAt is null
                    || !canalizations.TryGetValue((apprehension.Id, member.PersonId), out var canalization)
                    || canalization.DifOfficeId is not { } difId || !_dif.TryGetValue(difId, out var dif))
                {
                    continue;
                }

                var adults = apprehension.Persons.Where(p => !p.IsChild && persons.ContainsKey(p.PersonId)).Select(p => persons[p.PersonId]).ToList();
                var procuraduria = _procuradurias.GetValueOrDefault(apprehension.StateCode) ?? _federal;
                var story = new CaseStory(batch, child, apprehension, adults, notice, canalization, dif, procuraduria);
                if (story.Tell())
                {
                    open.Add(member.PersonId);
                }
            }
        }
    }

    /// <summary>One child's case from identification to the reference date, with everything the features would have written.</summary>
    private sealed class CaseStory(SyntheticBatch batch, Person child, Apprehension apprehension, List<Person> adults, OfficialNotice notice,
        ChildCanalization canalization, Office dif, Office procuraduria)
    {
        private readonly Random _r = batch.Random;
        private readonly SyntheticContext _ctx = batch.Context;
        private readonly DateTime _cutoff = SyntheticContext.ToUtc(batch.Context.AsOf.ToDateTime(new TimeOnly(12, 0)));
        private readonly List<OfficialNotice> _notices = [];
        private readonly List<Deadline> _deadlines = [];
        private readonly string _inmOfficer = Officer(batch.Random);
        private readonly string _procuraduriaOfficer = Officer(batch.Random);
        private ChildCase _case = null!;
        private DateTime _last;

        /// <summary>False when nothing could happen before the reference date (no case).</summary>
        public bool Tell()
        {
            var identifiedAt = apprehension.CreatedAt.AddMinutes(1 + _r.Next(20));
            if (identifiedAt > _cutoff || identifiedAt > canalization.RecordedAt)
            {
                return false;
            }

            var inm = new ChildActor(identifiedAt, null, "generate", AgencyCodes.Inm);
            var caseAdults = new List<(Guid, AdultRelation, RelationSource, FamilyRelation?)>();
            foreach (var adult in adults)
            {
                // As IdentifyChildren reads the registry: a guardianship first, else the child's link to the adult.
                var kinds = child.FamilyLinks.Where(l => l.RelativeId == adult.Id).Select(l => l.Kind).ToList();
                if (kinds.Count == 0)
                {
                    continue;
                }

                FamilyRelation registry = kinds.Contains(FamilyRelation.LegalGuardian) ? FamilyRelation.LegalGuardian : kinds[0];
                var relation = registry is FamilyRelation.Parent or FamilyRelation.LegalGuardian ? AdultRelation.ParentOrGuardian : AdultRelation.CustomaryCaregiver;
                caseAdults.Add((adult.Id, relation, RelationSource.Registry, registry));
            }

            _case = ChildCase.Identify(new IdentificationFacts(child.Id, SyntheticContext.NewId(_r, identifiedAt), child.BirthDate, child.BirthDateEstimated,
                identifiedAt, IdentifyingAuthority.Inm, null, apprehension.StateCode, apprehension.Municipality, apprehension.Place, procuraduria.Id,
                caseAdults), inm);
            var caseId = SyntheticContext.NewId(_r, identifiedAt);
            SyntheticContext.Rekey(_case, nameof(ChildCase.Id), caseId);
            // The apprehension's oficio is the notice of LM art. 98: the case points to it rather than sending a second one.
            _case.NoticeSent(notice.Id, notice.Folio);
            _last = identifiedAt;

            // Canalization: the acta of the apprehension, to the same DIF, with the oficio to DIF (CanalizeChild).
            var canalizedAt = Later(canalization.RecordedAt);
            if (canalizedAt > _cutoff)
            {
                return Finish();
            }

            var difNotice = _ctx.Notice(_r, canalizedAt, AgencyCodes.Inm, AgencyCodes.Dif, NoticeTypes.ChildCanalized,
                "Canalización de niña, niño o adolescente migrante al Sistema DIF",
                $"Con fundamento en el artículo 112 fracción I de la Ley de Migración, se pone a disposición de {dif.Name} a la niña, niño o " +
                $"adolescente señalado en este oficio, {ChildCase.AccompanimentLabel(_case.Accompaniment)}, identificado el " +
                $"{MexicoTime.LongDateTime(_case.IdentifiedAt)}. La Procuraduría de Protección fue notificada con el oficio {notice.Folio}. " +
                $"Acta de canalización {canalization.ActaReference}.\n\n" +
                "Se solicita su alojamiento en un Centro de Asistencia Social o albergue del Sistema DIF, nunca en una estación migratoria, " +
                "respetando la unidad familiar y la separación de personas adultas que corresponda (LGDNNA arts. 94 y 95). Caso: " + caseId + ".",
                ChildRules.CanalizationBasis, child.Id, Name(child), ChildRules.CaseType, caseId, _inmOfficer, "Agente Federal de Migración");
            _notices.Add(difNotice);
            _case.Canalize(dif.Id, canalization.ActaReference ?? "", difNotice.Folio, new ChildActor(canalizedAt, null, "generate", AgencyCodes.Inm));
            _last = canalizedAt;

            // Stage I when the Procuraduría acknowledged the oficio (ReceiveCase acknowledges it in the same act).
            var receivedAt = Later(notice.AcknowledgedAt!.Value);
            if (receivedAt > _cutoff)
            {
                return Finish();
            }

            _case.ReceiveCase(Procuraduria(receivedAt));
            Stages(MexicoCity.DateOf(receivedAt));
            return Finish();
        }

        /// <summary>Stages II to VI, each a few days to weeks after the previous, stopping at the reference date.</summary>
        private void Stages(DateOnly received)
        {
            if (_r.Next(100) >= 70 || !Act(received.AddDays(3 + _r.Next(18)), out var diagnosedOn, out var at) || Adult(diagnosedOn))
            {
                return;
            }

            _case.DiagnoseFamily(diagnosedOn, _case.Accompaniment == Accompaniment.Accompanied
                ? "Viaja con su familia; la familia cuenta con redes de apoyo limitadas y sin documentos migratorios."
                : "Viaja sin persona adulta a su cargo; refiere familiares en el país de origen y en los Estados Unidos.", Procuraduria(at));
            if (_r.Next(100) >= 85 || !Act(diagnosedOn.AddDays(2 + _r.Next(14)), out var rightsOn, out at) || Adult(rightsOn))
            {
                return;
            }

            _case.DetermineRights(rightsOn,
            [
                ("Derecho a vivir en familia", _case.Accompaniment != Accompaniment.Accompanied, null),
                ("Derecho a la educación", _r.Next(100) < 70, "Sin escolarización durante el tránsito."),
                ("Derecho a la protección de la salud", _r.Next(100) < 40, null),
            ], Procuraduria(at));
            if (_r.Next(100) >= 90 || !Act(rightsOn.AddDays(5 + _r.Next(16)), out var bestOn, out at) || Adult(bestOn))
            {
                return;
            }

            var age = Person.AgeOn(child.BirthDate, bestOn);
            var heard = _case.AgePresumed || age is not { } a || a >= ChildRules.OpinionMandatoryFromAge || _r.Next(100) < 70;
            _case.DetermineBestInterest(bestOn,
                [(_procuraduriaOfficer, "Procuraduría de Protección"), (Officer(_r), "Sistema DIF"), (Officer(_r), "Psicología")],
                heard ? "Expresó que quiere estar segura y seguir estudiando, cerca de su familia." : null,
                heard ? null : $"Por su edad ({age} años) y grado de madurez no pudo expresar una opinión sobre las medidas.",
                "Se privilegia la unidad familiar, la no devolución a un riesgo y el acceso a la educación y la salud.", age, Procuraduria(at));
            if (_r.Next(100) >= 90 || !Act(bestOn.AddDays(3 + _r.Next(13)), out var planOn, out at) || Adult(planOn))
            {
                return;
            }

            var caregivers = _case.Adults.Where(x => x.IsCaregiver).Select(x => x.PersonId).ToList();
            var decided = Decide();
            var outcomes = new PlanOutcomes(decided == ChildProtectionOutcome.Regularization, decided == ChildProtectionOutcome.AsylumProcedure,
                decided == ChildProtectionOutcome.FamilyReunificationInMexico, decided == ChildProtectionOutcome.FamilyReunificationAbroad,
                decided == ChildProtectionOutcome.AssistedReturn);
            var family = decided == ChildProtectionOutcome.Regularization ? caregivers : [];
            var measures = new List<(string, string, DateOnly)>
            {
                ("Inscripción en la escuela más cercana al centro de asistencia social.", "Secretaría de Educación del estado", planOn.AddDays(30 + _r.Next(30))),
                ("Atención médica y psicológica.", "Sistema DIF", planOn.AddDays(15 + _r.Next(30))),
            };
            var plan = _case.IssuePlan(planOn, outcomes, "Plan de restitución de derechos conforme al interés superior determinado.", measures, family,
                Procuraduria(at));
            var planNotice = _ctx.Notice(_r, at, AgencyCodes.ChildProtectionOffice, AgencyCodes.Inm, NoticeTypes.ChildRestitutionPlan,
                "Presentación del plan de restitución de derechos",
                $"Con fundamento en los artículos 74 y 112 fracción III de la Ley de Migración y 123 de la Ley General de los Derechos de Niñas, " +
                $"Niños y Adolescentes, esta Procuraduría de Protección determinó el interés superior de la niña, niño o adolescente señalado en " +
                $"este oficio y presenta al Instituto el plan de restitución de derechos del {plan.IssuedOn:dd/MM/yyyy}.\n\n" +
                $"Decisiones migratorias que el plan permite al Instituto: {string.Join("; ", outcomes.List().Select(ChildLabels.Outcome))}.\n" +
                (family.Count > 0
                    ? $"Personas que se regularizan con la niña, niño o adolescente por unidad familiar: {string.Join("; ", family.Select(id => $"{Name(adults.First(p => p.Id == id))} ({id})"))}.\n"
                    : "") +
                "\nEl Instituto resolverá atendiendo las determinaciones del plan; cualquier otra decisión no procede. Caso: " + _case.Id + ".",
                ChildRules.PlanBasis + "; " + ChildRules.PlanBindsInmBasis, child.Id, Name(child), ChildRules.CaseType, _case.Id, _procuraduriaOfficer,
                "Procuradora de Protección");
            _notices.Add(planNotice);
            _case.PlanNoticeSent(plan, planNotice.Id, planNotice.Folio);
            var acknowledgement = _ctx.Schedule(_r, new DeadlineRequest(OfficialNotice.CaseTypeName, planNotice.Id, child.Id, NoticeSender.AcknowledgementKind,
                $"Acuse de recibo del oficio {planNotice.Folio}", "Alerta de Ruta: la ley no fija plazo para acusar el plan", AgencyCodes.Inm,
                DeadlineUnit.Hours, ChildRules.AcknowledgementHours, MexicoCity.DateOf(at), new DateTimeOffset(at, TimeSpan.Zero)), at);
            _deadlines.Add(acknowledgement);
            var acknowledgedAt = at.AddMinutes(30 + _r.Next(_r.Next(100) < 85 ? 20 * 60 : 72 * 60));
            if (_r.Next(100) < 92 && acknowledgedAt <= _cutoff)
            {
                planNotice.Acknowledge(acknowledgedAt, null, _inmOfficer, AgencyCodes.Inm);
                planNotice.Version++;
                SyntheticContext.Meet(acknowledgement, MexicoCity.DateOf(acknowledgedAt), acknowledgedAt);
                acknowledgement.Version++;
            }

            if (_r.Next(100) >= 85 || !Act(planOn.AddDays(5 + _r.Next(26)), out var decidedOn, out at) || Adult(decidedOn))
            {
                return;
            }

            _case.RecordInmDecision(decided, decidedOn, $"Conforme al plan de restitución de derechos: {ChildLabels.Outcome(decided)}.", family,
                new ChildActor(at, null, "generate", AgencyCodes.Inm));
            if (outcomes.AllowsLeaving)
            {
                if (Act(decidedOn.AddDays(10 + _r.Next(30)), out var leftOn, out at) && !Adult(leftOn))
                {
                    _case.CloseEnded(ChildClosingReason.LeftCountry, leftOn, "Salió del país conforme a la decisión del INM y al plan.", child.IsChildOn(leftOn),
                        Procuraduria(at));
                }

                return;
            }

            // Stage VI: each measure followed up until fulfilled, then the case closes with every right restored.
            foreach (var measure in plan.Measures.OrderBy(m => m.NextFollowUpOn))
            {
                if (!Act(measure.NextFollowUpOn!.Value, out var on, out at) || Adult(on))
                {
                    return;
                }

                _case.RecordFollowUp(measure.Id, on, MeasureStatus.Fulfilled, "Medida cumplida.", null, Procuraduria(at));
            }

            if (Act(plan.Measures.Max(m => m.FulfilledOn!.Value).AddDays(1 + _r.Next(20)), out var closedOn, out at) && !Adult(closedOn))
            {
                _case.CloseRestored(closedOn, "Todos los derechos restituidos y garantizados.", Procuraduria(at));
            }
        }

        private ChildProtectionOutcome Decide() => _case.Accompaniment == Accompaniment.Accompanied && _case.Adults.Any(x => x.IsCaregiver)
            ? ChildProtectionOutcome.Regularization
            : _r.Next(100) switch
            {
                < 40 => ChildProtectionOutcome.AssistedReturn,
                < 60 => ChildProtectionOutcome.FamilyReunificationAbroad,
                < 80 => ChildProtectionOutcome.AsylumProcedure,
                _ => ChildProtectionOutcome.Regularization,
            };

        /// <summary>
        /// The child turned 18 before the next act: the Procuraduría closes the case (reached adulthood) then, and nothing else happens.
        /// True when that is so (whether or not the closing fits before the reference date).
        /// </summary>
        private bool Adult(DateOnly nextOn)
        {
            if (child.IsChildOn(nextOn))
            {
                return false;
            }

            var birthday = child.BirthDate!.Value.AddYears(18);
            var on = birthday > MexicoCity.DateOf(_last) ? birthday : MexicoCity.DateOf(_last);
            if (Act(on, out var closedOn, out var at) && !child.IsChildOn(closedOn))
            {
                _case.CloseEnded(ChildClosingReason.ReachedAdulthood, closedOn, "Cumplió 18 años.", false, Procuraduria(at));
            }

            return true;
        }

        /// <summary>An act on <paramref name="on"/> (never before the previous one), recorded then; false past the reference date.</summary>
        private bool Act(DateOnly on, out DateOnly actOn, out DateTime at)
        {
            at = Later(SyntheticContext.At(_r, on));
            actOn = MexicoCity.DateOf(at);
            if (at > _cutoff)
            {
                return false;
            }

            _last = at;
            return true;
        }

        private DateTime Later(DateTime at) => at > _last ? at : _last.AddMinutes(1);

        private ChildActor Procuraduria(DateTime at)
        {
            _last = at > _last ? at : _last;
            return new ChildActor(at, null, "generate", AgencyCodes.ChildProtectionOffice);
        }

        /// <summary>Gives the case's records the run's ids, settles overdue deadlines, and adds every row in foreign-key order.</summary>
        private bool Finish()
        {
            var caseId = _case.Id;
            foreach (var adult in _case.Adults)
            {
                SyntheticContext.Rekey(adult, nameof(CaseAdult.CaseId), caseId);
            }

            foreach (var entry in _case.Events)
            {
                SyntheticContext.Rekey(entry, nameof(CaseEvent.Id), SyntheticContext.NewId(_r, entry.OccurredAt));
                SyntheticContext.Rekey(entry, nameof(CaseEvent.CaseId), caseId);
            }

            foreach (var finding in _case.RightsFindings)
            {
                SyntheticContext.Rekey(finding, nameof(RightsFinding.Id), SyntheticContext.NewId(_r, _last));
                SyntheticContext.Rekey(finding, nameof(RightsFinding.CaseId), caseId);
            }

            foreach (var participant in _case.BestInterestParticipants)
            {
                SyntheticContext.Rekey(participant, nameof(BestInterestParticipant.Id), SyntheticContext.NewId(_r, _last));
                SyntheticContext.Rekey(participant, nameof(BestInterestParticipant.CaseId), caseId);
            }

            var measureIds = new Dictionary<Guid, Guid>();
            foreach (var plan in _case.Plans)
            {
                var planId = SyntheticContext.NewId(_r, plan.IssuedAt);
                if (_case.CurrentPlanId == plan.Id)
                {
                    SyntheticContext.Rekey(_case, nameof(ChildCase.CurrentPlanId), (Guid?)planId);
                }

                foreach (var decision in _case.Decisions.Where(d => d.PlanId == plan.Id))
                {
                    var decisionId = SyntheticContext.NewId(_r, decision.DecidedAt);
                    SyntheticContext.Rekey(decision, nameof(InmDecision.Id), decisionId);
                    SyntheticContext.Rekey(decision, nameof(InmDecision.CaseId), caseId);
                    SyntheticContext.Rekey(decision, nameof(InmDecision.PlanId), planId);
                    foreach (var member in decision.FamilyUnity)
                    {
                        SyntheticContext.Rekey(member, nameof(InmDecisionFamilyMember.DecisionId), decisionId);
                    }
                }

                SyntheticContext.Rekey(plan, nameof(RestitutionPlan.Id), planId);
                SyntheticContext.Rekey(plan, nameof(RestitutionPlan.CaseId), caseId);
                foreach (var measure in plan.Measures)
                {
                    var measureId = SyntheticContext.NewId(_r, plan.IssuedAt);
                    measureIds[measure.Id] = measureId;
                    SyntheticContext.Rekey(measure, nameof(PlanMeasure.Id), measureId);
                    SyntheticContext.Rekey(measure, nameof(PlanMeasure.PlanId), planId);
                    SyntheticContext.Rekey(measure, nameof(PlanMeasure.CaseId), caseId);
                }

                foreach (var member in plan.FamilyUnity)
                {
                    SyntheticContext.Rekey(member, nameof(PlanFamilyMember.PlanId), planId);
                }
            }

            foreach (var followUp in _case.FollowUps)
            {
                SyntheticContext.Rekey(followUp, nameof(MeasureFollowUp.Id), SyntheticContext.NewId(_r, followUp.RecordedAt));
                SyntheticContext.Rekey(followUp, nameof(MeasureFollowUp.MeasureId), measureIds[followUp.MeasureId]);
                SyntheticContext.Rekey(followUp, nameof(MeasureFollowUp.CaseId), caseId);
            }

            foreach (var deadline in _deadlines)
            {
                var before = deadline.Status;
                _ctx.SettleOverdue(deadline);
                if (deadline.Status != before)
                {
                    deadline.Version++;
                }
            }

            // One save per act in the app: the version counts them.
            _case.Version = _case.ActCount;
            var rows = batch.Rows;
            rows.Add(_case);
            _case.Adults.ForEach(rows.Add);
            _case.Events.ForEach(rows.Add);
            _case.RightsFindings.ForEach(rows.Add);
            _case.BestInterestParticipants.ForEach(rows.Add);
            _case.Plans.ForEach(rows.Add);
            foreach (var plan in _case.Plans)
            {
                plan.Measures.ForEach(rows.Add);
                plan.FamilyUnity.ForEach(rows.Add);
            }

            _case.Decisions.ForEach(rows.Add);
            foreach (var decision in _case.Decisions)
            {
                decision.FamilyUnity.ForEach(rows.Add);
            }

            _case.FollowUps.ForEach(rows.Add);
            _deadlines.ForEach(rows.Add);
            _notices.ForEach(rows.Add);
            rows.Add(SyntheticContext.Audit(_r, _case.CreatedAt, AgencyCodes.Inm, AuditActions.Create, nameof(ChildCase), caseId.ToString(), null,
                _ctx.Snapshot(_case)));
            foreach (var sent in _notices)
            {
                rows.Add(SyntheticContext.Audit(_r, sent.SentAt, sent.SenderAgency, AuditActions.Create, nameof(OfficialNotice), sent.Id.ToString(), null,
                    _ctx.Snapshot(sent)));
            }

            return true;
        }

        private static string Name(Person person) => PersonLabels.FullName(person.GivenNames, person.FirstSurname, person.SecondSurname);

        private static readonly string[] OfficerGiven = ["Mariana", "José Luis", "Gabriela", "Francisco", "Lucía", "Eduardo", "Sofía", "Ramón", "Isabel", "Tomás"];
        private static readonly string[] OfficerSurnames = ["Aguilar", "Ortiz", "Navarro", "Salazar", "Domínguez", "Herrera", "Medina", "Rojas", "Vega", "Campos"];

        private static string Officer(Random random) =>
            string.Create(CultureInfo.InvariantCulture,
                $"{OfficerGiven[random.Next(OfficerGiven.Length)]} {OfficerSurnames[random.Next(OfficerSurnames.Length)]} {OfficerSurnames[random.Next(OfficerSurnames.Length)]}");
    }
}
