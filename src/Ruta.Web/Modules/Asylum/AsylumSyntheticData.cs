using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.Agencies;
using Ruta.Web.Kernel.Audit;
using Ruta.Web.Kernel.Calendar;
using Ruta.Web.Kernel.Documents;
using Ruta.Web.Kernel.Notices;
using Ruta.Web.Kernel.Persons;
using Ruta.Web.Kernel.Synthetic;
using Ruta.Web.Modules.Asylum.Domain;
using Ruta.Web.Modules.Asylum.Features;

namespace Ruta.Web.Modules.Asylum;

/// <summary>
/// The asylum module's part of the synthetic dataset: claims for some households, walked through
/// <see cref="AsylumClaim"/>'s own methods (so the Stateless table and every legal rule of each act
/// apply) from filing to wherever the reference date finds them: awaiting ratification, late-filing
/// review, in procedure, resolved, appeal window or appeal, recognized (refugee or complementary
/// protection, a few art. 52 determinations), or closed (final rejection, abandoned, withdrawn, not
/// filed, not admitted). With them, as the features make them: the deadlines (computed by the legal
/// calendar, met, missed, extended or cancelled), the oficios to INM and their acknowledgements,
/// the constancias, TVRH and TRP, and the audit lines.
/// </summary>
internal sealed class AsylumSyntheticData : ISyntheticDataPart
{
    /// <summary>
    /// Share of households of each nationality that file a claim, so that the claims' mix resembles
    /// COMAR's (Haiti, Honduras and Cuba first); rounded planning figures, NOT VERIFIED statistics.
    /// </summary>
    private static readonly Dictionary<string, double> ClaimRates = new(StringComparer.Ordinal)
    {
        ["HTI"] = 0.55, ["HND"] = 0.17, ["CUB"] = 0.45, ["GTM"] = 0.08, ["SLV"] = 0.22, ["VEN"] = 0.04, ["NIC"] = 0.12,
        ["COL"] = 0.06, ["ECU"] = 0.03, ["BRA"] = 0.2, ["CHL"] = 0.2,
    };

    private const double OtherClaimRate = 0.1;
    private const int MaxRounds = 2;

    private Office[] _comar = [];
    private Office? _inm;

    public int Order => 20;
    public string Name => "refugio";

    public Task PrepareAsync(SyntheticContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        // Tapachula receives most claims; the other representation offices share the rest.
        var offices = context.OfficesOf(AgencyCodes.Comar).Where(o => o.Kind != OfficeKind.Headquarters).ToList();
        var tapachula = offices.Where(o => o.Code == "COMAR-TAP").ToList();
        _comar = [.. tapachula, .. tapachula, .. tapachula, .. tapachula, .. offices];
        _inm = context.OfficesOf(AgencyCodes.Inm).FirstOrDefault(o => o.StateCode == "07") ?? context.OfficesOf(AgencyCodes.Inm).FirstOrDefault();
        return Task.CompletedTask;
    }

    public void Generate(SyntheticBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (_comar.Length == 0)
        {
            return;
        }

        foreach (var household in batch.Households)
        {
            if (batch.Random.NextDouble() < ClaimRates.GetValueOrDefault(household.Nationality, OtherClaimRate))
            {
                new ClaimStory(batch, household, _comar[batch.Random.Next(_comar.Length)], _inm).Tell();
            }
        }
    }

    /// <summary>One claim from filing to the reference date, with everything the features would have written.</summary>
    private sealed class ClaimStory(SyntheticBatch batch, Household household, Office office, Office? inm)
    {
        private readonly Random _r = batch.Random;
        private readonly SyntheticContext _ctx = batch.Context;
        private readonly List<Deadline> _deadlines = [];
        private readonly List<OfficialNotice> _notices = [];
        private readonly List<IssuedDocument> _documents = [];
        private readonly List<AuditEntry> _audit = [];
        private readonly string _officer = Officer(batch.Random);
        private AsylumClaim _claim = null!;
        private DateOnly _cursor;
        private DateOnly _lastOn;
        private DateTime _lastAt;

        private Person Applicant => household.Head.Person;

        public void Tell()
        {
            var filedOn = household.FirstContact.AddDays(_r.Next(0, 30));
            if (filedOn > _ctx.AsOf)
            {
                return;
            }

            var late = _r.Next(100) < 12;
            var enteredOn = filedOn.AddDays(late ? -_r.Next(60, 240) : -_r.Next(0, 35));
            var lastTimely = BusinessDays(enteredOn, AsylumRules.FilingPeriodBusinessDays);
            var representative = household.Head.IsChild || _r.Next(100) < 6;
            var at = SyntheticContext.At(_r, filedOn);
            _claim = AsylumClaim.File(new FilingFacts(Applicant.Id, [.. household.Members.Skip(1).Select(m => m.Person.Id)], enteredOn, filedOn,
                office.Id, AgencyCodes.Comar, representative ? FiledBy.Representative : FiledBy.Applicant, lastTimely),
                new AsylumActor(at, null, AgencyCodes.Comar));
            SyntheticContext.Rekey(_claim, nameof(AsylumClaim.Id), SyntheticContext.NewId(_r, at));
            _cursor = filedOn;
            (_lastOn, _lastAt) = (filedOn, at);

            _claim.ResolutionDueDate = Schedule(AsylumRules.ResolutionKind, "Resolución de la solicitud de refugio", AsylumRules.ResolutionBasis,
                AsylumRules.ResolutionBusinessDays, filedOn, at).DueDate;
            if (representative)
            {
                _claim.RatificationDueDate = Schedule(AsylumRules.RatificationKind, "Ratificación personal de la solicitud presentada por representante",
                    AsylumRules.RatificationBasis, AsylumRules.RatificationBusinessDays, filedOn, at).DueDate;
            }

            if (_claim.IsLateFiling)
            {
                _claim.LateFilingAnswerDueDate = Schedule(AsylumRules.LateFilingAnswerKind,
                    "Respuesta a la prevención por presentación extemporánea (causas ajenas a su voluntad)", AsylumRules.LateFilingBasis,
                    AsylumRules.LateFilingAnswerBusinessDays, filedOn, at).DueDate;
            }

            var filedNotice = Notify(at, NoticeTypes.AsylumClaimFiled, "Presentación de solicitud de reconocimiento de la condición de refugiado",
                $"Se hace de su conocimiento que el {filedOn:dd/MM/yyyy} se presentó la solicitud de reconocimiento de la condición de refugiado " +
                $"{_claim.Id} de la persona señalada en este oficio{ClaimActs.Dependents(_claim)}. Desde su presentación y hasta que se resuelva " +
                "en definitiva, ninguna de estas personas puede ser devuelta (LRPCAP art. 6). Se solicita acusar de recibo.",
                AsylumRules.ClaimNoticeBasis);
            var acknowledgement = _ctx.Schedule(_r, new DeadlineRequest(OfficialNotice.CaseTypeName, filedNotice.Id, Applicant.Id,
                NoticeSender.AcknowledgementKind, $"Acuse de recibo del oficio {filedNotice.Folio}", AsylumRules.ClaimNoticeBasis, AgencyCodes.Inm,
                DeadlineUnit.Hours, AsylumRules.InmAcknowledgementHours, filedOn, new DateTimeOffset(at, TimeSpan.Zero)), at);
            _deadlines.Add(acknowledgement);
            AcknowledgeLater(filedNotice, acknowledgement);
            if (FileAsylumClaim.Handler.CertificateDue(_claim.Status))
            {
                IssueCertificates(filedOn, at);
            }

            Walk();
            Finish();
        }

        /// <summary>Moves the claim on, act by act, until it closes or the next act would fall after the reference date.</summary>
        private void Walk()
        {
            var rounds = 0;
            var tvrhIssued = false;
            while (true)
            {
                switch (_claim.Status)
                {
                    case AsylumClaimStatus.AwaitingRatification:
                        if (_r.Next(100) < 90)
                        {
                            var on = BusinessDays(_claim.FiledOn, 1 + _r.Next(AsylumRules.RatificationBusinessDays));
                            if (!Act(ref on, out var at))
                            {
                                return;
                            }

                            _claim.Ratify(on, Actor(at));
                            Meet(AsylumRules.RatificationKind, on, at);
                            if (FileAsylumClaim.Handler.CertificateDue(_claim.Status))
                            {
                                IssueCertificates(on, at);
                            }
                        }
                        else
                        {
                            var on = _claim.RatificationDueDate!.Value.AddDays(1 + _r.Next(5));
                            if (!Act(ref on, out var at))
                            {
                                return;
                            }

                            _claim.LapseRatification(on, Actor(at));
                            Ended(on, at, "no se ratificó en el plazo de tres días hábiles: se tiene por no presentada.");
                        }

                        break;

                    case AsylumClaimStatus.LateFilingReview:
                    {
                        var answered = BusinessDays(_claim.FiledOn, 1 + _r.Next(AsylumRules.LateFilingAnswerBusinessDays));
                        var on = answered.AddDays(2 + _r.Next(20));
                        if (!Act(ref on, out var at))
                        {
                            return;
                        }

                        var admit = _r.Next(100) < 80;
                        _claim.DecideLateFiling(admit, on, answered, admit
                            ? "Acreditó causas ajenas a su voluntad que le impidieron presentar la solicitud en plazo."
                            : "No acreditó causas ajenas a su voluntad para la presentación extemporánea.", Actor(at));
                        Meet(AsylumRules.LateFilingAnswerKind, answered, at);
                        if (!admit)
                        {
                            Ended(on, at, "no se admitió la solicitud presentada fuera de plazo (LRPCAP art. 18).");
                        }

                        break;
                    }

                    case AsylumClaimStatus.InProcedure:
                        if (!tvrhIssued && inm is not null && _r.Next(100) < 55)
                        {
                            tvrhIssued = true;
                            IssueHumanitarianCards(_cursor.AddDays(5 + _r.Next(35)));
                        }

                        if (!Procedure(++rounds))
                        {
                            return;
                        }

                        break;

                    case AsylumClaimStatus.Resolved:
                    {
                        var on = _claim.ResolvedOn!.Value.AddDays(1 + _r.Next(15));
                        if (!Act(ref on, out var at))
                        {
                            return;
                        }

                        _claim.Notify(on, Actor(at));
                        if (_claim.IsPositive)
                        {
                            Notify(at, NoticeTypes.AsylumResolution, "Resolución positiva de la solicitud de refugio",
                                $"Se hace de su conocimiento que en la solicitud {_claim.Id} la COMAR resolvió favorablemente, con efectos desde su " +
                                $"notificación el {on:dd/MM/yyyy}. Procede expedir la Tarjeta de Residente Permanente.", AsylumRules.ResolutionNoticeBasis);
                            IssueResidentCards(on.AddDays(20 + _r.Next(70)));
                        }
                        else
                        {
                            _claim.AppealDueDate = Schedule(AsylumRules.AppealKind, "Plazo para interponer el recurso de revisión", AsylumRules.AppealBasis,
                                AsylumRules.AppealBusinessDays, on, at).DueDate;
                            Notify(at, NoticeTypes.AsylumResolution, "Resolución negativa de la solicitud de refugio",
                                $"Se hace de su conocimiento que la resolución negativa de la solicitud {_claim.Id} se notificó el {on:dd/MM/yyyy}. " +
                                $"El plazo para interponer el recurso de revisión vence el {_claim.AppealDueDate:dd/MM/yyyy}.",
                                AsylumRules.ResolutionNoticeBasis + "; " + AsylumRules.AppealBasis);
                        }

                        break;
                    }

                    case AsylumClaimStatus.AppealWindowOpen:
                    {
                        var due = _claim.AppealDueDate!.Value;
                        if (_r.Next(100) < 35)
                        {
                            var notified = _claim.NotifiedOn!.Value;
                            var on = notified.AddDays(1 + _r.Next(Math.Max(1, due.DayNumber - notified.DayNumber)));
                            if (!Act(ref on, out var at))
                            {
                                return;
                            }

                            _claim.FileAppeal(on, Actor(at));
                            Meet(AsylumRules.AppealKind, on, at);
                            Notify(at, AsylumNoticeTypes.AppealFiled, "Recurso de revisión interpuesto: continúa la protección",
                                $"Se hace de su conocimiento que el {on:dd/MM/yyyy} se interpuso en tiempo recurso de revisión contra la resolución " +
                                $"negativa de la solicitud {_claim.Id}. Hasta que se resuelva, la persona señalada en este oficio{ClaimActs.Dependents(_claim)} " +
                                "no puede ser devuelta.", AsylumRules.AppealBasis);
                        }
                        else
                        {
                            var on = due.AddDays(1 + _r.Next(10));
                            if (!Act(ref on, out var at))
                            {
                                return;
                            }

                            _claim.LapseAppealWindow(on, Actor(at));
                            Ended(on, at, "resolución negativa firme: venció el plazo sin recurso de revisión.");
                        }

                        break;
                    }

                    case AsylumClaimStatus.AppealPending:
                    {
                        var on = _claim.AppealFiledOn!.Value.AddDays(30 + _r.Next(120));
                        if (!Act(ref on, out var at))
                        {
                            return;
                        }

                        var roll = _r.Next(100);
                        var decision = roll < 60 || rounds >= MaxRounds ? AppealDecision.Confirmed
                            : roll < 85 ? AppealDecision.Revoked : AppealDecision.NewResolutionOrdered;
                        _claim.DecideAppeal(decision, decision == AppealDecision.Revoked
                                ? _r.Next(100) < 80 ? AsylumOutcome.Refugee : AsylumOutcome.ComplementaryProtection
                                : null,
                            on, decision switch
                            {
                                AppealDecision.Confirmed => "Se confirma la resolución recurrida.",
                                AppealDecision.Revoked => "Se revoca la resolución: se acreditó el temor fundado de persecución.",
                                _ => "Se ordena emitir una nueva resolución que valore las pruebas omitidas.",
                            }, Actor(at));
                        if (decision == AppealDecision.Confirmed)
                        {
                            Ended(on, at, "se confirmó en revisión la resolución negativa.");
                        }
                        else if (decision == AppealDecision.Revoked)
                        {
                            IssueResidentCards(on.AddDays(20 + _r.Next(70)));
                        }
                        else
                        {
                            _claim.ResolutionDueDate = Schedule(AsylumRules.ResolutionKind, "Nueva resolución de la solicitud de refugio (ordenada en revisión)",
                                AsylumRules.ResolutionBasis, AsylumRules.ResolutionBusinessDays, on, at).DueDate;
                        }

                        _cursor = on;
                        break;
                    }

                    case AsylumClaimStatus.Recognized:
                    {
                        var recognized = _claim.RecognizedOn!.Value;
                        if (_r.Next(1000) < 3)
                        {
                            var on = recognized.AddDays(60 + _r.Next(700));
                            if (Act(ref on, out var at))
                            {
                                _claim.DetermineArticle52(Applicant.Id, _r.Next(2) == 0 ? Article52Ground.NationalSecurity : Article52Ground.GraveCrime,
                                    on, "Determinación fundada y motivada del art. 52 (datos sintéticos).", alreadyDetermined: false, Actor(at));
                            }
                        }

                        return;
                    }

                    default:
                        return;
                }
            }
        }

        /// <summary>One round in procedure: interview, signings, evidence, maybe an opinion or an extension, then an end or a resolution.</summary>
        private bool Procedure(int round)
        {
            var interview = _cursor.AddDays(5 + _r.Next(30));
            if (!Act(ref interview, out var at))
            {
                return false;
            }

            var language = Applicant.NeedsInterpreter ? Applicant.PreferredLanguage : null;
            _claim.RecordInterview(Applicant.Id, interview, language, "Entrevista de elegibilidad.", Actor(at));
            _cursor = interview;
            var signings = _r.Next(5);
            for (var i = 0; i < signings; i++)
            {
                var on = _cursor.AddDays(7);
                if (!Act(ref on, out at))
                {
                    return false;
                }

                _claim.RecordSigning(Applicant.Id, on, attended: _r.Next(100) < 92, Actor(at));
                _cursor = on;
            }

            var evidenceOn = _cursor.AddDays(1 + _r.Next(10));
            if (_r.Next(100) < 30 && Act(ref evidenceOn, out at))
            {
                _cursor = evidenceOn;
                _claim.ReceiveEvidence(Applicant.Id, _cursor, "Documentos de identidad y constancias de la persecución alegada.", Actor(at));
            }

            var openOpinions = new List<DateOnly>();
            var requestedOn = _cursor.AddDays(1);
            if (_r.Next(100) < 10 && Act(ref requestedOn, out at))
            {
                _cursor = requestedOn;
                var request = _claim.RequestOpinion(AgencyCodes.Sre, _cursor, "Opinión sobre las condiciones del país de origen.", Actor(at));
                var due = Schedule(AsylumRules.OpinionKind, "Opinión solicitada a la SRE", AsylumRules.OpinionBasis, AsylumRules.OpinionBusinessDays,
                    _cursor, at, AgencyCodes.Sre);
                var answered = _cursor.AddDays(3 + _r.Next(25));
                if (_r.Next(100) < 70 && answered <= due.DueDate && Act(ref answered, out var answeredAt))
                {
                    _claim.RecordOpinion(request, answered, "Informe sobre la situación del país de origen.", Actor(answeredAt));
                    SyntheticContext.Meet(due, answered, answeredAt);
                    _cursor = answered;
                }
                else
                {
                    openOpinions.Add(due.DueDate);
                }
            }

            var roll = _r.Next(100);
            if (roll < 22)
            {
                var on = _cursor.AddDays(10 + _r.Next(60));
                if (!Act(ref on, out at))
                {
                    return false;
                }

                if (_claim.MissedSignings == 0)
                {
                    _claim.RecordSigning(Applicant.Id, on.AddDays(-7), attended: false, Actor(at));
                }

                _claim.Abandon(AbandonmentGround.MissedSignings, on, "Dejó de presentarse a firmar sin causa justificada.", Actor(at));
                Ended(on, at, "la COMAR la declaró abandonada (RLRPCAP art. 24).");
                return true;
            }

            if (roll < 26)
            {
                var on = _cursor.AddDays(3 + _r.Next(40));
                if (!Act(ref on, out at))
                {
                    return false;
                }

                _claim.Withdraw(on, "La persona desistió por escrito.", Actor(at));
                Ended(on, at, "la persona desistió de su solicitud.");
                return true;
            }

            var dueDate = _claim.ResolutionDueDate!.Value;
            if (round == 1 && _r.Next(100) < 15)
            {
                var agreed = dueDate.AddDays(-1 - _r.Next(10));
                if (agreed > _cursor && Act(ref agreed, out at))
                {
                    _claim.Extend("II", "Carga de trabajo extraordinaria de la oficina.", agreed, AsylumRules.MaxExtensionBusinessDays, Actor(at));
                    var running = _deadlines.Last(d => d.Kind == AsylumRules.ResolutionKind && d.Status == DeadlineStatus.Open);
                    var extension = Schedule(AsylumRules.ResolutionKind, running.Description, running.LegalBasis, AsylumRules.MaxExtensionBusinessDays,
                        running.DueDate, at);
                    extension.ExtendsDeadlineId = running.Id;
                    extension.StatusReason = "Ampliación por la fracción II del art. 24 de la LRPCAP: carga de trabajo extraordinaria.";
                    running.Apply(DeadlineTrigger.Extend, at, extension.StatusReason);
                    running.Version++;
                    _claim.ResolutionDueDate = dueDate = extension.DueDate;
                    _cursor = agreed;
                }
            }

            // Most resolutions come in time; some come late (their deadline is then missed).
            var resolvedOn = _r.Next(100) < 80
                ? _cursor.AddDays(1 + _r.Next(Math.Max(1, dueDate.DayNumber - _cursor.DayNumber)))
                : dueDate.AddDays(1 + _r.Next(90));
            if (openOpinions.Count > 0 && resolvedOn <= openOpinions.Max())
            {
                resolvedOn = openOpinions.Max().AddDays(1);
            }

            if (!Act(ref resolvedOn, out at))
            {
                return false;
            }

            var outcome = _r.Next(100) switch { < 58 => AsylumOutcome.Refugee, < 68 => AsylumOutcome.ComplementaryProtection, _ => AsylumOutcome.Rejected };
            _claim.Resolve(outcome, resolvedOn, outcome switch
            {
                AsylumOutcome.Refugee => "Temor fundado de persecución por motivos de opinión política y pertenencia a un grupo social.",
                AsylumOutcome.ComplementaryProtection => "Sin persecución por los motivos de la Convención; su vida correría peligro si fuera devuelta.",
                _ => "Sin temor fundado de persecución; no procede la protección complementaria.",
            }, complementaryProtectionAssessed: true, openOpinions, Actor(at));
            Meet(AsylumRules.ResolutionKind, resolvedOn, at);
            _cursor = resolvedOn;
            return true;
        }

        /// <summary>
        /// True when the act falls on or before the reference date; gives the instant it was recorded. Acts are
        /// recorded in order: an act is never dated before the previous one, nor recorded before it.
        /// </summary>
        private bool Act(ref DateOnly on, out DateTime at)
        {
            if (on < _lastOn)
            {
                on = _lastOn;
            }

            at = SyntheticContext.At(_r, on);
            if (at <= _lastAt)
            {
                at = _lastAt.AddSeconds(1);
            }

            if (on > _ctx.AsOf)
            {
                return false;
            }

            (_lastOn, _lastAt) = (on, at);
            return true;
        }

        /// <summary>Something that happens beside the timeline (a card issued, an oficio acknowledged): only the reference date bounds it.</summary>
        private bool Beside(DateOnly on, out DateTime at)
        {
            at = SyntheticContext.At(_r, on);
            return on <= _ctx.AsOf;
        }

        private AsylumActor Actor(DateTime at) => new(at, null, AgencyCodes.Comar);

        private DateOnly BusinessDays(DateOnly from, int days) =>
            _ctx.Calendar.Compute(from, days, PeriodUnit.BusinessDays, AgencyCodes.Comar).DueDate;

        private Deadline Schedule(string kind, string description, string basis, int days, DateOnly trigger, DateTime at,
            string agency = AgencyCodes.Comar)
        {
            var deadline = _ctx.Schedule(_r, new DeadlineRequest(AsylumRules.CaseType, _claim.Id, Applicant.Id, kind, description, basis,
                agency, DeadlineUnit.BusinessDays, days, trigger), at);
            _deadlines.Add(deadline);
            return deadline;
        }

        private void Meet(string kind, DateOnly on, DateTime at)
        {
            foreach (var deadline in _deadlines.Where(d => d.Kind == kind && d.Status == DeadlineStatus.Open))
            {
                SyntheticContext.Meet(deadline, on, at);
                deadline.Version++;
            }
        }

        /// <summary>As <see cref="ClaimActs.EndedAsync"/>: what still runs is cancelled, and INM is told.</summary>
        private void Ended(DateOnly on, DateTime at, string what)
        {
            foreach (var deadline in _deadlines.Where(d => d.CaseType == AsylumRules.CaseType && d.Status == DeadlineStatus.Open))
            {
                SyntheticContext.End(deadline, on, at, "Concluyó el procedimiento: " + what);
                deadline.Version++;
            }

            Notify(at, NoticeTypes.AsylumResolution, "Conclusión de la solicitud de refugio",
                $"La solicitud de reconocimiento de la condición de refugiado {_claim.Id} concluyó el {on:dd/MM/yyyy}: {what}\n\n" +
                $"Personas comprendidas: la señalada en este oficio{ClaimActs.Dependents(_claim)}. Desde esa fecha ya no tienen la calidad de " +
                "solicitantes; toda medida de salida del país debe pasar antes por la verificación de no devolución.",
                AsylumRules.ResolutionNoticeBasis);
        }

        private OfficialNotice Notify(DateTime at, string type, string subject, string body, string basis)
        {
            var notice = _ctx.Notice(_r, at, AgencyCodes.Comar, AgencyCodes.Inm, type, subject, body, basis, Applicant.Id,
                PersonLabels.FullName(Applicant.GivenNames, Applicant.FirstSurname, Applicant.SecondSurname), AsylumRules.CaseType, _claim.Id,
                _officer, "Oficial");
            _notices.Add(notice);
            if (type != NoticeTypes.AsylumClaimFiled)
            {
                AcknowledgeLater(notice, null);
            }

            return notice;
        }

        /// <summary>INM acknowledges most oficios within hours or days; a few stay pending.</summary>
        private void AcknowledgeLater(OfficialNotice notice, Deadline? deadline)
        {
            var at = notice.SentAt.AddHours(1 + _r.Next(_r.Next(100) < 85 ? 70 : 200));
            if (_r.Next(100) < 93 && MexicoCity.DateOf(at) <= _ctx.AsOf)
            {
                notice.Acknowledge(at, null, Officer(_r), AgencyCodes.Inm);
                notice.Version++;
                if (deadline is not null)
                {
                    SyntheticContext.Meet(deadline, MexicoCity.DateOf(at), at);
                    deadline.Version++;
                }
            }
        }

        private void IssueCertificates(DateOnly on, DateTime at)
        {
            foreach (var person in _claim.PersonIds)
            {
                _documents.Add(_ctx.Document(_r, DocumentType.AsylumApplicationCertificate, person, AgencyCodes.Comar, office.Id,
                    DocumentAccess.AsylumClaimCaseType, _claim.Id, on, null, at, _officer));
            }
        }

        private void IssueHumanitarianCards(DateOnly on)
        {
            if (!Beside(on, out var at))
            {
                return;
            }

            var officer = Officer(_r);
            foreach (var person in _claim.PersonIds)
            {
                _documents.Add(_ctx.Document(_r, DocumentType.HumanitarianVisitorCard, person, AgencyCodes.Inm, inm!.Id,
                    DocumentAccess.AsylumClaimCaseType, _claim.Id, on, on.AddYears(1).AddDays(-1), at, officer));
            }
        }

        /// <summary>The TRP of each recognized person; a TVRH still valid is replaced by it (LM art. 54 fr. I).</summary>
        private void IssueResidentCards(DateOnly on)
        {
            if (inm is null || !Beside(on, out var at))
            {
                return;
            }

            var officer = Officer(_r);
            foreach (var person in _claim.PersonIds)
            {
                var tvrh = _documents.FirstOrDefault(d => d.HolderPersonId == person && d.Type == DocumentType.HumanitarianVisitorCard
                    && d.Status == DocumentStatus.Valid && d.ValidUntil >= on);
                var card = _ctx.Document(_r, DocumentType.PermanentResidentCard, person, AgencyCodes.Inm, inm.Id,
                    DocumentAccess.AsylumClaimCaseType, _claim.Id, on, null, at, officer, tvrh?.Id);
                tvrh?.ReplaceWith(card, at, null, "Reconocimiento: se expide la Tarjeta de Residente Permanente.");
                if (tvrh is not null)
                {
                    tvrh.Version++;
                }

                _documents.Add(card);
            }
        }

        /// <summary>Gives the timeline its ids, settles overdue deadlines, and adds every row in foreign-key order.</summary>
        private void Finish()
        {
            var claimId = _claim.Id;
            var eventIds = new Dictionary<Guid, Guid>();
            foreach (var entry in _claim.Events)
            {
                var id = SyntheticContext.NewId(_r, entry.RecordedAt);
                eventIds[entry.Id] = id;
                SyntheticContext.Rekey(entry, nameof(AsylumEvent.Id), id);
                SyntheticContext.Rekey(entry, nameof(AsylumEvent.ClaimId), claimId);
            }

            foreach (var entry in _claim.Events.Where(e => e.RelatedEventId is not null))
            {
                entry.RelatedEventId = eventIds[entry.RelatedEventId!.Value];
            }

            foreach (var dependent in _claim.Dependents)
            {
                SyntheticContext.Rekey(dependent, nameof(AsylumDependent.ClaimId), claimId);
            }

            foreach (var determination in _claim.Article52Determinations)
            {
                SyntheticContext.Rekey(determination, nameof(Article52Determination.Id), SyntheticContext.NewId(_r, determination.RecordedAt));
                SyntheticContext.Rekey(determination, nameof(Article52Determination.ClaimId), claimId);
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
            _claim.Version = _claim.ActCount;
            var rows = batch.Rows;
            rows.Add(_claim);
            _claim.Dependents.ForEach(rows.Add);
            _claim.Events.ForEach(rows.Add);
            _claim.Article52Determinations.ForEach(rows.Add);
            _deadlines.ForEach(rows.Add);
            _notices.ForEach(rows.Add);
            _documents.ForEach(rows.Add);
            Audit(_claim.CreatedAt, AgencyCodes.Comar, nameof(AsylumClaim), claimId, _claim);
            foreach (var notice in _notices)
            {
                Audit(notice.SentAt, notice.SenderAgency, nameof(OfficialNotice), notice.Id, notice);
            }

            foreach (var document in _documents)
            {
                Audit(document.IssuedAt, document.IssuingAgency, nameof(IssuedDocument), document.Id, document);
            }

            _audit.ForEach(rows.Add);
        }

        private void Audit(DateTime at, string agency, string entityType, Guid id, object entity) =>
            _audit.Add(SyntheticContext.Audit(_r, at, agency, AuditActions.Create, entityType, id.ToString(), null, _ctx.Snapshot(entity)));

        private static readonly string[] OfficerGiven = ["Laura", "Miguel", "Ana Karen", "Jorge", "Fernanda", "Ricardo", "Daniela", "Óscar", "Guadalupe", "Luis Alberto"];
        private static readonly string[] OfficerSurnames = ["Hernández", "García", "Martínez", "López", "González", "Pérez", "Rodríguez", "Sánchez", "Ramírez", "Cruz"];

        private static string Officer(Random random) =>
            $"{OfficerGiven[random.Next(OfficerGiven.Length)]} {OfficerSurnames[random.Next(OfficerSurnames.Length)]} {OfficerSurnames[random.Next(OfficerSurnames.Length)]}";
    }
}
