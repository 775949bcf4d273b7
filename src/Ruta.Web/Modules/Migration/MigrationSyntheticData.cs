using System.Globalization;
using Microsoft.Extensions.Options;
using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.Agencies;
using Ruta.Web.Kernel.Audit;
using Ruta.Web.Kernel.Calendar;
using Ruta.Web.Kernel.Custody;
using Ruta.Web.Kernel.Notices;
using Ruta.Web.Kernel.Persons;
using Ruta.Web.Kernel.Synthetic;
using Ruta.Web.Modules.Asylum.Domain;
using Ruta.Web.Modules.Migration.Domain;

namespace Ruta.Web.Modules.Migration;

/// <summary>
/// The migration module's part of the synthetic dataset, made as the features make it: puestas a
/// disposición (<see cref="Apprehension"/>, every person's age judged by <see cref="StationAgeCheck"/>),
/// for each adult a <see cref="StationStay"/> walked through its own methods (so the Stateless table
/// decides every move) with the deadlines the acts schedule (24 h acuerdo, 36 h policy alert, 15
/// business days, extension to 60 or suspension on fr. V), met, missed or cancelled as the acts and the
/// missed-deadline job would; for each child no stay but the oficio to the Procuraduría de Protección
/// (24 h acknowledgement) and most often the acta de canalización to the DIF of the station's state;
/// and control-migratorio entries and exits at the filters (a few persons asking for asylum there, with
/// the oficio to COMAR).
/// <para>Shares (planning figures, NOT VERIFIED statistics; INM reports more "eventos" of persons
/// put at its disposal than foreign persons registered, many being repeat events):</para>
/// <list type="bullet">
/// <item>75% of households with a foreign member are put at disposal once (on their first contact, or
/// days to months after a documented entry), and 10% of the adults of those whose stays all ended are put
/// at disposal again 1–13 months later: about 0.8 events per foreign person. Mexican-born children are never apprehended.</item>
/// <item>An adult who cares for a child of the same apprehension is not presented (LM art. 98): released
/// with the family once the children are canalized, or at 24 hours if not. Of the other adults, 12% are not
/// presented (assisted return, or release, within hours); the rest are presented within 24 hours with
/// every right of LM art. 109 recorded (an interpreter when the registry says they need one).</item>
/// <item>Exit of a presented adult: 30% released at the 36-hour policy limit, 15% released by the
/// authority or with an alternative to detention, 12% exit to regularize, 6% kept beyond 15 business days on
/// fr. I–IV (then removal or release at the limit), 1% suspended by an amparo (fr. V), 6% released at the
/// 15-day limit, the rest (30%) removed (assisted return or deportation) — never a person with an asylum
/// claim or who asked for asylum at a filter, who is released instead. Acts after the reference date do not
/// happen: recent stays stay open.</item>
/// <item>88% of apprehended children are canalized within a day; the Procuraduría acknowledges 90% of the oficios.</item>
/// <item>18% of households whose members hold a passport entered through a filter (5% of them asking for
/// asylum there); 15% of the documented entries leave again through the same filter and are not apprehended.</item>
/// </list>
/// <para>Exits by removal and by regularization end the stay through its table with a descriptive
/// reference; the removal case and the regularization procedure (with its exit permit) that cause them in
/// the app belong to those modules' parts, not generated yet.</para>
/// </summary>
internal sealed class MigrationSyntheticData(IOptions<MigrationOptions> options) : ISyntheticDataPart
{
    private const int ApprehendedPercent = 75;
    private const int ReapprehendedPercent = 10;
    private const int BorderEntryPercent = 18;
    private const int AsylumAtFilterPercent = 5;
    private const int ExitPercent = 15;

    private static readonly Dictionary<string, int> StationWeights = new(StringComparer.Ordinal)
    {
        ["INM-EM-TAP"] = 8, ["INM-EM-TEN"] = 3, ["INM-EM-VSA"] = 3, ["INM-EM-ACY"] = 3, ["INM-EM-TGZ"] = 2, ["INM-EM-IZT"] = 2,
    };

    /// <summary>Where INM meets people, by station: municipality and place (checkpoints, bus terminals, rail yards).</summary>
    private static readonly Dictionary<string, (string Municipality, string Place)[]> Places = new(StringComparer.Ordinal)
    {
        ["INM-EM-TAP"] =
        [
            ("Tapachula", "Punto de revisión carretero, carretera costera Tapachula–Huixtla km 15"),
            ("Suchiate", "Ciudad Hidalgo, inmediaciones del río Suchiate"),
            ("Huixtla", "Central de autobuses de Huixtla"),
            ("Frontera Comalapa", "Punto de revisión de Frontera Comalapa"),
        ],
        ["INM-EM-TGZ"] = [("Tuxtla Gutiérrez", "Terminal de autobuses de Tuxtla Gutiérrez"), ("Chiapa de Corzo", "Caseta de cobro de Chiapa de Corzo")],
        ["INM-EM-ACY"] = [("Acayucan", "Caseta de cobro de Acayucan, autopista La Tinaja–Cosoleacaque"), ("Coatzacoalcos", "Central de autobuses de Coatzacoalcos")],
        ["INM-EM-IZT"] = [("Iztapalapa", "Verificación en domicilio, colonia Santa Martha Acatitla"), ("Gustavo A. Madero", "Terminal de Autobuses del Norte")],
        ["INM-EM-TEN"] = [("Tenosique", "Punto de revisión El Ceibo"), ("Balancán", "Tramo carretero Balancán–Tenosique km 30")],
        ["INM-EM-VSA"] = [("Villahermosa", "Central de autobuses de Villahermosa"), ("Huimanguillo", "Punto de revisión de La Venta")],
        ["INM-EM-SAL"] = [("Saltillo", "Inmediaciones de las vías del ferrocarril, colonia Landín"), ("Piedras Negras", "Patio del ferrocarril de Piedras Negras")],
        ["INM-EM-TIJ"] = [("Tijuana", "Verificación en hotel, Zona Centro de Tijuana")],
        ["INM-EM-CUU"] = [("Chihuahua", "Patio del ferrocarril de Chihuahua"), ("Juárez", "Inmediaciones del Puente Internacional Paso del Norte")],
    };

    private static readonly string[] AirArrivals = ["VEN", "COL", "ECU", "BRA", "CHL", "CUB", "PER", "IND", "CHN", "SEN", "CMR", "AGO"];

    private Office[] _stations = [];
    private Office[] _airports = [];
    private Office[] _landPoints = [];
    private readonly Dictionary<string, Office> _difByState = new(StringComparer.Ordinal);
    private Office? _dif;

    public int Order => 30;
    public string Name => "migración";

    public Task PrepareAsync(SyntheticContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var inm = context.OfficesOf(AgencyCodes.Inm);
        _stations = [.. inm.Where(o => o.Kind == OfficeKind.MigrationStation)
            .SelectMany(o => Enumerable.Repeat(o, StationWeights.GetValueOrDefault(o.Code, 1)))];
        var points = inm.Where(o => o.Kind == OfficeKind.TransitPoint).ToList();
        _airports = [.. points.Where(o => o.Name.StartsWith("Aeropuerto", StringComparison.Ordinal))];
        _landPoints = [.. points.Where(o => !o.Name.StartsWith("Aeropuerto", StringComparison.Ordinal))];
        if (_airports.Length == 0)
        {
            _airports = [.. points];
        }

        if (_landPoints.Length == 0)
        {
            _landPoints = [.. points];
        }

        _difByState.Clear();
        foreach (var office in context.OfficesOf(AgencyCodes.Dif).OrderBy(o => o.Kind == OfficeKind.NationalSystem ? 1 : 0))
        {
            _difByState.TryAdd(office.StateCode, office);
        }

        _dif = context.OfficesOf(AgencyCodes.Dif).FirstOrDefault();
        return Task.CompletedTask;
    }

    public void Generate(SyntheticBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (_stations.Length == 0)
        {
            return;
        }

        var r = batch.Random;
        // Whoever claimed asylum (asylum part, run before) or asked for it at a filter is never removed (LRPCAP art. 6).
        var protectedPersons = batch.Rows.Of<AsylumClaim>().SelectMany(c => c.PersonIds).ToHashSet();
        foreach (var household in batch.Households)
        {
            var foreign = household.Members.Where(m => !m.Person.Nationalities.Any(n => n.CountryCode == "MEX")).ToList();
            if (foreign.Count == 0)
            {
                continue;
            }

            var day = household.FirstContact;
            var notBefore = foreign.Max(m => m.Person.CreatedAt);
            var documented = foreign.Where(m => m.Person.Documents.Any(d => d.Type == IdentityDocumentType.Passport)).ToList();
            if (documented.Count > 0 && r.Next(100) < BorderEntryPercent)
            {
                var story = new Story(this, batch, household, options.Value.DetentionPolicyAlert);
                var left = story.CrossBorder(documented, notBefore, protectedPersons);
                story.Finish();
                if (left)
                {
                    continue;
                }

                day = day.AddDays(5 + r.Next(180));
            }

            if (r.Next(100) >= ApprehendedPercent)
            {
                continue;
            }

            var first = new Story(this, batch, household, options.Value.DetentionPolicyAlert);
            var ended = first.Apprehend(foreign, day, notBefore, protectedPersons);
            first.Finish();
            if (ended is { } lastExit && r.Next(100) < ReapprehendedPercent)
            {
                var again = first.AdultsReleasedOrRemoved;
                if (again.Count > 0)
                {
                    var second = new Story(this, batch, household, options.Value.DetentionPolicyAlert);
                    second.Apprehend(again, MexicoCity.DateOf(lastExit).AddDays(30 + r.Next(370)), lastExit, protectedPersons);
                    second.Finish();
                }
            }
        }
    }

    /// <summary>One puesta a disposición (or one crossing at a filter) with everything the features would have written.</summary>
    private sealed class Story(MigrationSyntheticData part, SyntheticBatch batch, Household household, bool detentionAlert)
    {
        private readonly Random _r = batch.Random;
        private readonly SyntheticContext _ctx = batch.Context;
        private readonly DateTime _cutoff = SyntheticContext.ToUtc(batch.Context.AsOf.ToDateTime(new TimeOnly(12, 0)));
        private readonly List<StationAgeCheck> _checks = [];
        private readonly List<StationStay> _stays = [];
        private readonly List<Deadline> _deadlines = [];
        private readonly List<OfficialNotice> _notices = [];
        private readonly List<ChildCanalization> _canalizations = [];
        private readonly List<BorderControlEntry> _crossings = [];
        private readonly string _officer = Officer(batch.Random);
        private Apprehension? _apprehension;
        private Office _station = null!;

        /// <summary>The adults of this apprehension whose stay ended by release or removal (candidates for a later one).</summary>
        public List<HouseholdMember> AdultsReleasedOrRemoved { get; } = [];

        /// <summary>
        /// Entries of the documented members at a filter on their first contact; a few ask for asylum
        /// there instead. True when they left again through the same filter (no apprehension follows).
        /// </summary>
        public bool CrossBorder(List<HouseholdMember> documented, DateTime notBefore, HashSet<Guid> protectedPersons)
        {
            var air = AirArrivals.Contains(household.Nationality, StringComparer.Ordinal);
            var points = air ? part._airports : part._landPoints;
            if (points.Length == 0)
            {
                return false;
            }

            var point = points[_r.Next(points.Length)];
            var at = notBefore.AddMinutes(5 + _r.Next(120));
            if (at > _cutoff)
            {
                return false;
            }

            var asylum = _r.Next(100) < AsylumAtFilterPercent;
            foreach (var member in documented)
            {
                var passport = member.Person.Documents.First(d => d.Type == IdentityDocumentType.Passport);
                var entryAt = at.AddMinutes(_r.Next(3));
                var entry = asylum
                    ? new BorderControlEntry(member.Person.Id, point.Id, CrossingDirection.Entry, entryAt, null, null, null, null, true, entryAt, null)
                    : new BorderControlEntry(member.Person.Id, point.Id, CrossingDirection.Entry, entryAt, passport.Type, passport.Number,
                        passport.IssuingCountry, Condition(household.Nationality, air), false, entryAt, null);
                SyntheticContext.Rekey(entry, nameof(BorderControlEntry.Id), SyntheticContext.NewId(_r, entryAt));
                _crossings.Add(entry);
                if (asylum)
                {
                    protectedPersons.Add(member.Person.Id);
                    var notice = Notify(entryAt, AgencyCodes.Comar, MigrationNoticeTypes.AsylumRequested, "Aviso de intención de solicitar la condición de refugiado",
                        $"Se hace de su conocimiento que el {MexicoTime.LongDateTime(entryAt)} la persona señalada en este oficio manifestó en un punto de " +
                        "internación al país su intención de solicitar el reconocimiento de la condición de refugiado.\n\n" +
                        "Conforme al artículo 21 de la Ley sobre Refugiados, Protección Complementaria y Asilo Político, se da aviso inmediato para que " +
                        "se registre y tramite su solicitud. Desde ahora no será rechazada en frontera ni devuelta, y no se establecerá contacto con las " +
                        "autoridades de su país de origen sin su consentimiento expreso. Las medidas ya dictadas subsisten mientras la COMAR resuelve " +
                        "(LRPCAP art. 21 párr. segundo).", MigrationRules.AsylumAtBorderBasis, member.Person, MigrationRules.BorderEntryCaseType, entry.Id);
                    entry.AsylumNoticeId = notice.Id;
                    Acknowledge(notice, null, AgencyCodes.Comar);
                }
            }

            if (asylum || _r.Next(100) >= ExitPercent)
            {
                return false;
            }

            var exitAt = SyntheticContext.At(_r, MexicoCity.DateOf(at).AddDays(7 + _r.Next(90)));
            if (exitAt > _cutoff || exitAt <= at)
            {
                return false;
            }

            foreach (var member in documented)
            {
                var passport = member.Person.Documents.First(d => d.Type == IdentityDocumentType.Passport);
                var exit = new BorderControlEntry(member.Person.Id, point.Id, CrossingDirection.Exit, exitAt, passport.Type, passport.Number,
                    passport.IssuingCountry, null, false, exitAt, null);
                SyntheticContext.Rekey(exit, nameof(BorderControlEntry.Id), SyntheticContext.NewId(_r, exitAt));
                _crossings.Add(exit);
            }

            return true;
        }

        private ConditionOfStay Condition(string nationality, bool air) =>
            !air && nationality is "GTM" or "BLZ" && _r.Next(100) < 70 ? ConditionOfStay.RegionalVisitor
            : _r.Next(100) < 92 ? ConditionOfStay.VisitorWithoutPermissionToWork : ConditionOfStay.TemporaryResident;

        /// <summary>
        /// The puesta a disposición of <paramref name="members"/> on <paramref name="day"/> as RecordApprehension
        /// makes it, then each stay to its end. The last exit, or null when a stay is still open (or nothing happened).
        /// </summary>
        public DateTime? Apprehend(List<HouseholdMember> members, DateOnly day, DateTime notBefore, HashSet<Guid> protectedPersons)
        {
            var recordedAt = SyntheticContext.At(_r, day);
            if (recordedAt <= notBefore)
            {
                recordedAt = notBefore.AddMinutes(5 + _r.Next(85));
            }

            if (recordedAt > _cutoff)
            {
                return null;
            }

            var disposedAt = recordedAt.AddMinutes(-(15 + _r.Next(285)));
            var station = _station = part._stations[_r.Next(part._stations.Length)];
            var (municipality, place) = Places.TryGetValue(station.Code, out var places)
                ? places[_r.Next(places.Length)]
                : (station.City, $"Central de autobuses de {station.City}");
            var operation = _r.Next(100) switch { < 55 => ApprehensionOperation.Revision, < 80 => ApprehensionOperation.Verification, _ => ApprehensionOperation.BorderControl };
            var year = MexicoCity.DateOf(disposedAt).Year;
            var (order, basis) = operation switch
            {
                ApprehensionOperation.Revision => (Invariant($"INM/DGCVM/REV/{year}/{_r.Next(1, 20_000):D5}"), "Ley de Migración, arts. 97, 98 y 99"),
                ApprehensionOperation.Verification => (Invariant($"INM/DGCVM/VER/{year}/{_r.Next(1, 20_000):D5}"), "Ley de Migración, arts. 92, 94 y 99"),
                _ => (Invariant($"INM/DGCM/FILTRO/{year}/{_r.Next(1, 50_000):D5}"), "Ley de Migración, arts. 81, 86 y 99"),
            };
            var apprehension = new Apprehension(operation, order, basis, station.StateCode, municipality, place, disposedAt,
                _r.Next(100) < 70 ? "Instituto Nacional de Migración" : "Guardia Nacional, en apoyo del Instituto Nacional de Migración (LM art. 96)",
                station.Id, recordedAt, null, AgencyCodes.Inm);
            SyntheticContext.Rekey(apprehension, nameof(Apprehension.Id), SyntheticContext.NewId(_r, recordedAt));
            _apprehension = apprehension;

            // Every person's age judged at the puesta a disposición (presumption of childhood included).
            var checks = new Dictionary<Guid, StationAgeCheck>();
            foreach (var member in members)
            {
                var check = AgeCheck(member.Person, apprehension.Id, StationAgeCheck.AtDisposal, MexicoCity.DateOf(disposedAt), recordedAt);
                checks[member.Person.Id] = check;
                apprehension.Persons.Add(new ApprehendedPerson(apprehension.Id, member.Person.Id, check.IsChild, null));
            }

            // Who cares for which child of this apprehension: the registry's links (as ApprehensionFamily reads them).
            var children = apprehension.Persons.Where(p => p.IsChild).Select(p => p.PersonId).ToHashSet();
            var care = members.Where(m => checks[m.Person.Id].IsAdult)
                .ToDictionary(m => m.Person.Id, m => m.Person.FamilyLinks
                    .Where(l => ApprehensionFamily.CareRelations.Contains(l.Kind) && children.Contains(l.RelativeId))
                    .Select(l => l.RelativeId).Distinct().ToList());

            var byId = members.ToDictionary(m => m.Person.Id);
            var staysOf = new Dictionary<Guid, StationStay>();
            foreach (var adult in apprehension.Persons.Where(p => !p.IsChild))
            {
                var stay = StationStay.PutAtDisposal(adult.PersonId, apprehension.Id, station.Id, disposedAt, checks[adult.PersonId],
                    new StayActor(recordedAt, null, AgencyCodes.Inm));
                SyntheticContext.Rekey(stay, nameof(StationStay.Id), SyntheticContext.NewId(_r, recordedAt));
                adult.StayId = stay.Id;
                _stays.Add(stay);
                staysOf[adult.PersonId] = stay;
                var start = new DateTimeOffset(disposedAt, TimeSpan.Zero);
                Schedule(new DeadlineRequest(MigrationRules.StayCaseType, stay.Id, stay.PersonId, MigrationRules.AgreementKind,
                    "Acuerdo de presentación (24 horas desde la puesta a disposición)", MigrationRules.AgreementBasis, AgencyCodes.Inm,
                    DeadlineUnit.Hours, MigrationRules.AgreementHours, MexicoCity.DateOf(start), start), recordedAt);
                if (detentionAlert)
                {
                    Schedule(new DeadlineRequest(MigrationRules.StayCaseType, stay.Id, stay.PersonId, MigrationRules.DetentionPolicyKind,
                        "Alerta de 36 horas desde la puesta a disposición", MigrationRules.DetentionPolicyBasis, AgencyCodes.Inm,
                        DeadlineUnit.Hours, MigrationRules.DetentionPolicyHours, MexicoCity.DateOf(start), start), recordedAt);
                }
            }

            var canalizedAt = new Dictionary<Guid, DateTime>();
            foreach (var child in apprehension.Persons.Where(p => p.IsChild))
            {
                var carer = care.Where(c => c.Value.Contains(child.PersonId)).Select(c => (Guid?)c.Key).FirstOrDefault();
                var notice = NotifyProcuraduria(apprehension, byId[child.PersonId].Person, station, carer is { } c ? byId[c].Person : null, recordedAt);
                child.ChildNoticeId = notice.Id;
                if (Canalize(apprehension, child.PersonId, notice, station) is { } at)
                {
                    canalizedAt[child.PersonId] = at;
                }
            }

            DateTime? lastExit = disposedAt;
            foreach (var stay in _stays)
            {
                var inCare = care[stay.PersonId];
                var end = inCare.Count > 0
                    ? ReleaseCarer(stay, inCare.All(canalizedAt.ContainsKey) ? inCare.Max(c => canalizedAt[c]) : null, recordedAt)
                    : Walk(stay, byId[stay.PersonId].Person, protectedPersons.Contains(stay.PersonId), recordedAt);
                if (end is null)
                {
                    lastExit = null;
                }
                else if (lastExit is not null && end > lastExit)
                {
                    lastExit = end;
                }

                if (end is not null && stay.Status is StationStayStatus.Released or StationStayStatus.Removed)
                {
                    AdultsReleasedOrRemoved.Add(byId[stay.PersonId]);
                }
            }

            return lastExit;
        }

        private StationAgeCheck AgeCheck(Person person, Guid apprehensionId, string purpose, DateOnly onDate, DateTime at)
        {
            var check = StationAgeCheck.Of(person.Id, apprehensionId, purpose, onDate, person.BirthDate, person.BirthDateEstimated, at, null, AgencyCodes.Inm);
            SyntheticContext.Rekey(check, nameof(StationAgeCheck.Id), SyntheticContext.NewId(_r, at));
            _checks.Add(check);
            return check;
        }

        /// <summary>
        /// MIG-09: an adult caring for children present is not presented before their canalization; the
        /// family leaves together once the children are with the DIF (alternative to detention), or at 24 hours.
        /// </summary>
        private DateTime? ReleaseCarer(StationStay stay, DateTime? childrenCanalizedAt, DateTime recordedAt)
        {
            var last = recordedAt;
            var (at, ground, reasons) = childrenCanalizedAt is { } canalized
                ? (Later(canalized.AddMinutes(30 + _r.Next(150)), last), ReleaseGround.AlternativeToDetention,
                    "Unidad familiar: las niñas, niños o adolescentes a su cargo fueron canalizados al Sistema DIF; sigue su procedimiento en libertad (LM arts. 101 y 102).")
                : (Later(stay.DisposedAt.AddHours(MigrationRules.AgreementHours).AddMinutes(10 + _r.Next(110)), last), ReleaseGround.NoAgreementWithin24Hours,
                    "No se dictó acuerdo de presentación en 24 horas: la presentación se pospuso en espera de la canalización de las personas menores de edad a su cargo.");
            return End(stay, StayEndReason.Release, at, reasons, ground) ? at : null;
        }

        /// <summary>One adult's stay from the puesta a disposición to its exit (or to the reference date).</summary>
        private DateTime? Walk(StationStay stay, Person person, bool isProtected, DateTime recordedAt)
        {
            var disposed = stay.DisposedAt;
            if (_r.Next(100) < 12)
            {
                // Not presented: assisted return within hours, or release.
                var at = Later(disposed.AddHours(3 + _r.Next(18)).AddMinutes(_r.Next(60)), recordedAt);
                if (!isProtected && _r.Next(100) < 45)
                {
                    return End(stay, StayEndReason.Removal, at, "Retorno asistido sin acuerdo de presentación (LM arts. 118 y 119).", null) ? at : null;
                }

                if (_r.Next(100) < 70)
                {
                    return End(stay, StayEndReason.Release, at, "Alternativa a la detención: queda bajo custodia de una organización de la sociedad civil (LM art. 101).",
                        ReleaseGround.AlternativeToDetention) ? at : null;
                }

                at = Later(disposed.AddHours(MigrationRules.AgreementHours).AddMinutes(5 + _r.Next(120)), recordedAt);
                return End(stay, StayEndReason.Release, at, "No se dictó acuerdo de presentación dentro de las 24 horas (LM art. 100).",
                    ReleaseGround.NoAgreementWithin24Hours) ? at : null;
            }

            // The acuerdo de presentación within 24 hours, recorded minutes later.
            var agreedAt = Later(disposed.AddHours(1 + _r.Next(20)).AddMinutes(_r.Next(60)), recordedAt);
            if (agreedAt > disposed.AddHours(MigrationRules.AgreementHours))
            {
                agreedAt = disposed.AddHours(MigrationRules.AgreementHours);
            }

            var admittedRecorded = agreedAt.AddMinutes(5 + _r.Next(55));
            if (admittedRecorded > _cutoff)
            {
                return null;
            }

            var check = AgeCheck(person, stay.ApprehensionId, StationAgeCheck.AtAdmission, MexicoCity.DateOf(agreedAt), admittedRecorded);
            var interpreter = person.NeedsInterpreter ? InterpreterNeed.Provided : InterpreterNeed.NotNeeded;
            var rights = new RightsChecklist(true, true, !isProtected && _r.Next(100) < 40 ? ConsularAssistance.Requested : ConsularAssistance.Declined, true,
                interpreter, interpreter == InterpreterNeed.Provided ? person.PreferredLanguage : null, true, true);
            stay.Admit(agreedAt, Invariant($"AP/{StationCode(_station)}/{MexicoCity.DateOf(agreedAt).Year}/{_r.Next(1, 100_000):D5}"), rights, check,
                new StayActor(admittedRecorded, null, AgencyCodes.Inm));
            foreach (var deadline in Of(stay, MigrationRules.AgreementKind))
            {
                Close(deadline, agreedAt, admittedRecorded);
            }

            var limit = Schedule(new DeadlineRequest(MigrationRules.StayCaseType, stay.Id, stay.PersonId, MigrationRules.StayLimitKind,
                "Resolver la situación migratoria (15 días hábiles desde la presentación)", MigrationRules.StayBasis, AgencyCodes.Inm,
                DeadlineUnit.BusinessDays, MigrationRules.StayBusinessDays, MexicoCity.DateOf(agreedAt)), admittedRecorded);
            var admittedOn = MexicoCity.DateOf(agreedAt);
            var last = admittedRecorded;
            var roll = _r.Next(100);
            if (roll < 30)
            {
                var at = Later(disposed.AddHours(MigrationRules.DetentionPolicyHours).AddMinutes(-(5 + _r.Next(180))), last);
                return Release(stay, at, ReleaseGround.DetentionLimit36Hours,
                    "Se cumplieron 36 horas desde la puesta a disposición sin resolver su situación (LM art. 68; AR 388/2022).");
            }

            if (roll < 45)
            {
                var at = Later(SyntheticContext.At(_r, BusinessDays(admittedOn, 1 + _r.Next(10))), last);
                return _r.Next(100) < 60
                    ? Release(stay, at, ReleaseGround.AuthorityDecision, "El Instituto resolvió su situación migratoria sin ordenar su salida del país.")
                    : Release(stay, at, ReleaseGround.AlternativeToDetention, "Custodia de su representación consular, que garantiza su comparecencia (LM arts. 101 y 102).");
            }

            if (roll < 57)
            {
                var at = Later(SyntheticContext.At(_r, BusinessDays(admittedOn, 2 + _r.Next(10))), last);
                return End(stay, StayEndReason.Regularization, at,
                    "Oficio de salida de la estación con fines de regularización (LM art. 136 párr. segundo).", null) ? at : null;
            }

            if (roll < 64)
            {
                var fractionV = roll == 63;
                var agreedOn = limit.DueDate.AddDays(-_r.Next(4));
                if (agreedOn < admittedOn)
                {
                    agreedOn = admittedOn;
                }

                var extendedAt = Later(SyntheticContext.At(_r, agreedOn), last);
                if (extendedAt > _cutoff || MexicoCity.DateOf(extendedAt) > limit.DueDate)
                {
                    return Removal(stay, Later(SyntheticContext.At(_r, BusinessDays(admittedOn, 3 + _r.Next(11))), last), isProtected);
                }

                var ground = fractionV ? StayExtensionGround.RecourseOrAmparo : (StayExtensionGround)_r.Next(4);
                var reason = ground switch
                {
                    StayExtensionGround.IdentityOrDocuments => "No se cuenta con información fehaciente sobre su identidad y nacionalidad.",
                    StayExtensionGround.ConsularDelay => "El consulado requiere más tiempo para expedir el documento de identidad y viaje.",
                    StayExtensionGround.TransitObstacle => "Impedimento para transitar por terceros países para el retorno.",
                    StayExtensionGround.IllnessOrDisability => "Enfermedad certificada por médico que le impide viajar.",
                    _ => "Juicio de amparo con suspensión que prohíbe su traslado.",
                };
                stay.Extend(ground, reason, MexicoCity.DateOf(extendedAt), new StayActor(extendedAt, null, AgencyCodes.Inm));
                last = extendedAt;
                if (ground == StayExtensionGround.RecourseOrAmparo)
                {
                    limit.Apply(DeadlineTrigger.Suspend, extendedAt, $"Fracción V del art. 111: {reason}");
                    limit.Version++;
                    var freed = Later(SyntheticContext.At(_r, MexicoCity.DateOf(extendedAt).AddDays(20 + _r.Next(100))), last);
                    return Release(stay, freed, ReleaseGround.JudicialOrder, "Resolución del juicio de amparo que ordena su libertad.");
                }

                var extension = Schedule(new DeadlineRequest(MigrationRules.StayCaseType, stay.Id, stay.PersonId, MigrationRules.StayLimitKind,
                    "Límite de 60 días hábiles de alojamiento (fracciones I a IV)", MigrationRules.ExtensionBasis, AgencyCodes.Inm,
                    DeadlineUnit.BusinessDays, MigrationRules.StayCapBusinessDays - limit.Amount, limit.DueDate), extendedAt);
                extension.ExtendsDeadlineId = limit.Id;
                extension.StatusReason = $"Fracción {StationStay.Fraction(ground)}: {reason}";
                limit.Apply(DeadlineTrigger.Extend, extendedAt, extension.StatusReason);
                limit.Version++;
                var exitOn = _r.Next(100) < 70 ? BusinessDays(limit.DueDate, 1 + _r.Next(40)) : extension.DueDate;
                var exitAt = Later(SyntheticContext.At(_r, exitOn), last);
                return exitOn == extension.DueDate || isProtected
                    ? Release(stay, exitAt, ReleaseGround.StayLimitReached, "Se cumplió el límite de 60 días hábiles de alojamiento (LM art. 111).")
                    : Removal(stay, exitAt, isProtected);
            }

            if (roll < 70)
            {
                var at = Later(SyntheticContext.At(_r, limit.DueDate), last);
                return Release(stay, at, ReleaseGround.StayLimitReached, "Se cumplieron 15 días hábiles sin resolver su situación (LM art. 111).");
            }

            return Removal(stay, Later(SyntheticContext.At(_r, BusinessDays(admittedOn, 1 + _r.Next(14))), last), isProtected);
        }

        private DateTime? Release(StationStay stay, DateTime at, ReleaseGround ground, string reasons) =>
            End(stay, StayEndReason.Release, at, reasons, ground) ? at : null;

        /// <summary>Assisted return or deportation; never for a person protected by an asylum request (released instead).</summary>
        private DateTime? Removal(StationStay stay, DateTime at, bool isProtected) =>
            isProtected
                ? Release(stay, at, ReleaseGround.AuthorityDecision, "Solicitante de la condición de refugiado: sigue su procedimiento ante la COMAR en libertad.")
                : End(stay, StayEndReason.Removal, at, _r.Next(100) < 70 ? "Retorno asistido a su país de origen (LM arts. 118 y 119)." : "Deportación (LM arts. 115 y 144).", null)
                    ? at
                    : null;

        /// <summary>
        /// As StationCustody.EndAsync: the stay's move of the table, then its deadlines closed as CloseDeadlinesAsync
        /// closes them. False (the stay stays open) when the exit falls after the reference date.
        /// </summary>
        private bool End(StationStay stay, StayEndReason reason, DateTime at, string reference, ReleaseGround? ground)
        {
            if (at > _cutoff)
            {
                return false;
            }

            stay.End(reason, at, reference, ground, new StayActor(at, null, AgencyCodes.Inm));
            foreach (var deadline in Of(stay, null).Where(d => d.Status is DeadlineStatus.Open or DeadlineStatus.Suspended or DeadlineStatus.Missed))
            {
                if (deadline.Kind == MigrationRules.AgreementKind && stay.AdmittedAt is null && deadline.Status == DeadlineStatus.Open && !deadline.IsPastDue(new DateTimeOffset(at, TimeSpan.Zero)))
                {
                    deadline.Apply(DeadlineTrigger.Cancel, at, $"Sin acuerdo de presentación: la persona salió de la custodia el {MexicoTime.Short(at)}.");
                    deadline.Version++;
                }
                else if (deadline.Status == DeadlineStatus.Suspended)
                {
                    deadline.Apply(DeadlineTrigger.Cancel, at, $"La persona salió de la custodia el {MexicoTime.Short(at)}.");
                    deadline.Version++;
                }
                else
                {
                    Close(deadline, at, at);
                }
            }

            return true;
        }

        /// <summary>
        /// The act a deadline asks for happened at <paramref name="actAt"/>, recorded at <paramref name="recordedAt"/>:
        /// the missed-deadline job first misses what was past due before the record, then the act meets what is still open.
        /// </summary>
        private void Close(Deadline deadline, DateTime actAt, DateTime recordedAt)
        {
            if (deadline.Status == DeadlineStatus.Open && deadline.IsPastDue(new DateTimeOffset(recordedAt, TimeSpan.Zero)))
            {
                deadline.Apply(DeadlineTrigger.Miss, JobTime(deadline), null);
                deadline.Version++;
                return;
            }

            if (deadline.Status == DeadlineStatus.Open)
            {
                SyntheticContext.Meet(deadline, MexicoCity.DateOf(actAt), recordedAt);
                deadline.Version++;
            }
        }

        private static DateTime JobTime(Deadline deadline) =>
            deadline.DueAt?.AddMinutes(5) ?? SyntheticContext.ToUtc(deadline.DueDate.AddDays(1).ToDateTime(new TimeOnly(0, 5)));

        private IEnumerable<Deadline> Of(StationStay stay, string? kind) =>
            _deadlines.Where(d => d.CaseType == MigrationRules.StayCaseType && d.CaseId == stay.Id && (kind is null || d.Kind == kind));

        /// <summary>The oficio of StayActs.NotifyProcuraduriaAsync, with its 24-hour acknowledgement.</summary>
        private OfficialNotice NotifyProcuraduria(Apprehension apprehension, Person child, Office station, Person? carer, DateTime at)
        {
            var carerText = carer is null
                ? "sin persona adulta que declare tenerla a su cargo"
                : $"acompañada por {Name(carer)}, quien declaró tenerla a su cargo";
            var body =
                $"Se notifica de manera inmediata que {Name(child)}, niña, niño o adolescente {carerText}, fue puesta a disposición del Instituto " +
                $"el {MexicoTime.LongDateTime(apprehension.DisposedAt)} en {apprehension.Place}, {apprehension.Municipality} " +
                $"(orden {apprehension.OrderReference}; {apprehension.LegalBasis}). Se identificó como niña, niño o adolescente al registrar la puesta a disposición.\n\n" +
                "En ningún caso será presentada ni alojada en una estación migratoria (LM art. 99 párr. tercero). Queda bajo la responsabilidad " +
                $"del Instituto en {station.Name} solo en tanto la Procuraduría se apersona y se realiza su canalización al Sistema DIF " +
                "(LM arts. 98 y 112 fr. I). Se solicita su presencia inmediata y el acuse de este oficio.";
            var notice = Notify(at, AgencyCodes.ChildProtectionOffice, MigrationNoticeTypes.ChildIdentified,
                "Notificación inmediata de niña, niño o adolescente migrante puesto a disposición del INM", body, MigrationRules.ChildNoticeBasis, child,
                MigrationRules.ApprehensionCaseType, apprehension.Id);
            var acknowledgement = Schedule(new DeadlineRequest(OfficialNotice.CaseTypeName, notice.Id, child.Id, NoticeSender.AcknowledgementKind,
                $"Acuse de recibo del oficio {notice.Folio}", MigrationRules.ChildNoticeAcknowledgementBasis, AgencyCodes.ChildProtectionOffice,
                DeadlineUnit.Hours, MigrationRules.ChildNoticeAcknowledgementHours, MexicoCity.DateOf(at), new DateTimeOffset(at, TimeSpan.Zero)), at);
            Acknowledge(notice, acknowledgement, AgencyCodes.ChildProtectionOffice);
            return notice;
        }

        /// <summary>The acta de canalización (RecordCanalization): the Procuraduría appears within hours and the child goes to the state's DIF.</summary>
        private DateTime? Canalize(Apprehension apprehension, Guid childId, OfficialNotice notice, Office station)
        {
            if (_r.Next(100) >= 88)
            {
                return null;
            }

            var appeared = notice.SentAt.AddMinutes(60 + _r.Next(17 * 60));
            var canalized = appeared.AddMinutes(30 + _r.Next(5 * 60));
            var recorded = canalized.AddMinutes(5 + _r.Next(55));
            if (recorded > _cutoff)
            {
                return null;
            }

            var dif = part._difByState.GetValueOrDefault(station.StateCode) ?? part._dif;
            var canalization = new ChildCanalization(apprehension.Id, childId, $"{Officer(_r)}, Procuraduría de Protección de Niñas, Niños y Adolescentes",
                appeared, dif?.Name ?? "Centro de Asistencia Social del Sistema DIF", dif?.Id, canalized,
                Invariant($"ACTA-CAN/{StationCode(station)}/{MexicoCity.DateOf(canalized).Year}/{_r.Next(1, 100_000):D5}"), recorded, null);
            SyntheticContext.Rekey(canalization, nameof(ChildCanalization.Id), SyntheticContext.NewId(_r, recorded));
            _canalizations.Add(canalization);
            return canalized;
        }

        private OfficialNotice Notify(DateTime at, string recipient, string type, string subject, string body, string basis, Person person,
            string caseType, Guid caseId)
        {
            var notice = _ctx.Notice(_r, at, AgencyCodes.Inm, recipient, type, subject, body, basis, person.Id, Name(person), caseType, caseId,
                _officer, "Agente Federal de Migración");
            _notices.Add(notice);
            return notice;
        }

        /// <summary>Most oficios are acknowledged within hours (a 24-hour limit met or missed); a few stay pending.</summary>
        private void Acknowledge(OfficialNotice notice, Deadline? deadline, string agency)
        {
            var at = notice.SentAt.AddMinutes(20 + _r.Next(_r.Next(100) < 85 ? 20 * 60 : 60 * 60));
            if (_r.Next(100) < 90 && at <= _cutoff)
            {
                notice.Acknowledge(at, null, Officer(_r), agency);
                notice.Version++;
                if (deadline is not null)
                {
                    SyntheticContext.Meet(deadline, MexicoCity.DateOf(at), at);
                    deadline.Version++;
                }
            }
        }

        private Deadline Schedule(DeadlineRequest request, DateTime at)
        {
            var deadline = _ctx.Schedule(_r, request, at);
            _deadlines.Add(deadline);
            return deadline;
        }

        private DateOnly BusinessDays(DateOnly from, int days) =>
            _ctx.Calendar.Compute(from, days, PeriodUnit.BusinessDays, AgencyCodes.Inm).DueDate;

        /// <summary>An act is never recorded before the previous one.</summary>
        private static DateTime Later(DateTime at, DateTime previous) => at > previous ? at : previous.AddMinutes(1);

        private static string StationCode(Office station) => station.Code.Split('-')[^1];

        private static string Name(Person person) => PersonLabels.FullName(person.GivenNames, person.FirstSurname, person.SecondSurname);

        private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

        /// <summary>Gives the timelines their ids, settles overdue deadlines, and adds every row in foreign-key order.</summary>
        public void Finish()
        {
            foreach (var stay in _stays)
            {
                foreach (var entry in stay.Events)
                {
                    SyntheticContext.Rekey(entry, nameof(StationStayEvent.Id), SyntheticContext.NewId(_r, entry.RecordedAt));
                    SyntheticContext.Rekey(entry, nameof(StationStayEvent.StayId), stay.Id);
                }

                // One save per act in the app: the version counts them.
                stay.Version = stay.ActCount;
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

            var rows = batch.Rows;
            var audit = new List<AuditEntry>();
            void Audit(DateTime at, string entityType, Guid id, object entity) =>
                audit.Add(SyntheticContext.Audit(_r, at, AgencyCodes.Inm, AuditActions.Create, entityType, id.ToString(), null, _ctx.Snapshot(entity)));

            _crossings.ForEach(rows.Add);
            foreach (var crossing in _crossings)
            {
                Audit(crossing.CreatedAt, nameof(BorderControlEntry), crossing.Id, crossing);
            }

            if (_apprehension is { } apprehension)
            {
                rows.Add(apprehension);
                apprehension.Persons.ForEach(rows.Add);
                Audit(apprehension.CreatedAt, nameof(Apprehension), apprehension.Id, apprehension);
            }

            _checks.ForEach(rows.Add);
            _stays.ForEach(rows.Add);
            foreach (var stay in _stays)
            {
                stay.Events.ForEach(rows.Add);
                Audit(stay.CreatedAt, nameof(StationStay), stay.Id, stay);
            }

            _deadlines.ForEach(rows.Add);
            _notices.ForEach(rows.Add);
            foreach (var notice in _notices)
            {
                Audit(notice.SentAt, nameof(OfficialNotice), notice.Id, notice);
            }

            _canalizations.ForEach(rows.Add);
            foreach (var canalization in _canalizations)
            {
                Audit(canalization.RecordedAt, nameof(ChildCanalization), canalization.Id, canalization);
            }

            audit.ForEach(rows.Add);
        }

        private static readonly string[] OfficerGiven = ["Rosa María", "Juan Carlos", "Alejandra", "Marco Antonio", "Verónica", "Héctor", "Claudia", "Rubén", "Patricia", "Arturo"];
        private static readonly string[] OfficerSurnames = ["Morales", "Jiménez", "Reyes", "Flores", "Gómez", "Díaz", "Vázquez", "Castillo", "Ruiz", "Mendoza"];

        private static string Officer(Random random) =>
            $"{OfficerGiven[random.Next(OfficerGiven.Length)]} {OfficerSurnames[random.Next(OfficerSurnames.Length)]} {OfficerSurnames[random.Next(OfficerSurnames.Length)]}";
    }
}
