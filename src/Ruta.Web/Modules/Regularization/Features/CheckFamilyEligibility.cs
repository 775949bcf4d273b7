using Microsoft.EntityFrameworkCore;
using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.Calendar;
using Ruta.Web.Kernel.Custody;
using Ruta.Web.Kernel.Documents;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Kernel.Persons;
using Ruta.Web.Modules.Asylum.Domain;
using Ruta.Web.Modules.Asylum.Features;
using Ruta.Web.Modules.Regularization.Domain;

namespace Ruta.Web.Modules.Regularization.Features;

/// <summary>
/// Gathers the facts of family unity from data: nationality in the persons registry, valid cards issued
/// in Ruta (TRP, TRT, TVRH, with renewals followed back), the asylum module's minimal status
/// (recognized refugee or complementary protection), the family links (direct, and the spouse's
/// children), presence in Mexico (a valid card, a station stay, an open regularization), and open
/// identical requests. Then asks <see cref="FamilyEligibility"/>.
/// </summary>
public sealed class FamilyFacts(RutaDbContext db, IStationCustody custody, GetAsylumStatus.Handler asylum, TimeProvider clock)
{
    private static readonly DocumentType[] MigratoryCards =
        [DocumentType.HumanitarianVisitorCard, DocumentType.TemporaryResidentCard, DocumentType.PermanentResidentCard];

    /// <param name="excludeProcedureId">The procedure being resolved (it is not an "identical pending request" of itself).</param>
    public async Task<EligibilityResult> EvaluateAsync(FamilyProcedure procedure, Guid principalId, Guid relativeId, StayCondition? target,
        Guid? excludeProcedureId, CancellationToken ct, DateOnly? on = null)
    {
        var today = on ?? MexicoCity.Today(clock);
        var principal = await PrincipalAsync(principalId, today, ct);
        var relative = await RelativeAsync(relativeId, today, ct);
        var link = await db.Set<FamilyLink>().AsNoTracking().Where(l => l.PersonId == principalId && l.RelativeId == relativeId)
            .Select(l => (FamilyRelation?)l.Kind).ToListAsync(ct);
        // Guardianship and kinship may coexist (kernel rule): kinship decides, guardianship only when alone.
        var direct = link.FirstOrDefault(k => k is { } kind && !kind.IsGuardianship()) ?? link.FirstOrDefault();
        var spouses = db.Set<FamilyLink>().Where(l => l.PersonId == principalId && l.Kind == FamilyRelation.SpouseOrPartner).Select(l => l.RelativeId);
        var stepChild = direct is null && await db.Set<FamilyLink>().AnyAsync(l => spouses.Contains(l.PersonId) && l.RelativeId == relativeId
            && l.Kind == FamilyRelation.Child, ct);
        var pending = procedure switch
        {
            FamilyProcedure.Regularization => await db.Set<RegularizationProcedure>().AnyAsync(p => p.PersonId == relativeId && p.Id != excludeProcedureId
                && (p.Status == RegularizationStatus.ExitPermitDue || p.Status == RegularizationStatus.InProcedure
                    || p.Status == RegularizationStatus.PreventionPending), ct),
            _ => await db.Set<FamilyUnityProcedure>().AnyAsync(p => p.RelativePersonId == relativeId && p.Id != excludeProcedureId
                && p.Kind == (procedure == FamilyProcedure.Visa ? FamilyUnityKind.Visa : FamilyUnityKind.ChangeOfCondition)
                && (p.Status == FamilyUnityStatus.InProcedure || p.Status == FamilyUnityStatus.PreventionPending), ct),
        };
        return FamilyEligibility.Evaluate(new EligibilityQuery(procedure, target, today, principal, relative, direct, stepChild, pending));
    }

    public async Task<PrincipalFacts> PrincipalAsync(Guid principalId, DateOnly today, CancellationToken ct)
    {
        var person = await db.Set<Person>().AsNoTracking().Where(p => p.Id == principalId)
            .Select(p => new { p.IsArchived, Mexican = p.Nationalities.Any(n => n.CountryCode == "MEX") }).FirstOrDefaultAsync(ct);
        if (person is null)
        {
            return new PrincipalFacts(principalId, false, false, false, null, null, null, null);
        }

        var cards = await ValidCardsAsync(principalId, today, ct);
        Guid? refugee = null;
        Guid? complementary = null;
        var status = await asylum.ForPersonAsync(principalId, ct);
        if (status.IsOk && status.Value!.ClaimStatus == AsylumClaimStatus.Recognized)
        {
            if (status.Value.Outcome == AsylumOutcome.Refugee)
            {
                refugee = status.Value.ClaimId;
            }
            else
            {
                complementary = status.Value.ClaimId;
            }
        }

        return new PrincipalFacts(principalId, true, person.IsArchived, person.Mexican,
            cards.FirstOrDefault(c => c.Type == DocumentType.PermanentResidentCard), cards.FirstOrDefault(c => c.Type == DocumentType.TemporaryResidentCard),
            refugee, complementary);
    }

    public async Task<RelativeFacts> RelativeAsync(Guid relativeId, DateOnly today, CancellationToken ct)
    {
        var person = await db.Set<Person>().AsNoTracking().Where(p => p.Id == relativeId)
            .Select(p => new { p.IsArchived, p.BirthDate, p.BirthDateEstimated, Mexican = p.Nationalities.Any(n => n.CountryCode == "MEX") })
            .FirstOrDefaultAsync(ct);
        if (person is null)
        {
            return new RelativeFacts(relativeId, false, false, false, null, false, null, null);
        }

        var cards = await ValidCardsAsync(relativeId, today, ct);
        // The strongest condition held decides what can change (permanent over temporary over visitor).
        var current = cards.OrderByDescending(c => c.Type == DocumentType.PermanentResidentCard)
            .ThenByDescending(c => c.Type == DocumentType.TemporaryResidentCard).FirstOrDefault();
        string? presence = null;
        if (current is not null)
        {
            presence = $"Tiene {DocumentTypes.Label(current.Type)} {current.Number} vigente.";
        }
        else if (await custody.FindOpenStayAsync(relativeId, ct) is { } stay)
        {
            presence = $"Está alojada en una estación migratoria desde el {MexicoCity.DateOf(stay.AdmittedAt):yyyy-MM-dd}.";
        }
        else if (await db.Set<RegularizationProcedure>().AnyAsync(p => p.PersonId == relativeId
                     && (p.Status == RegularizationStatus.ExitPermitDue || p.Status == RegularizationStatus.InProcedure
                         || p.Status == RegularizationStatus.PreventionPending), ct))
        {
            presence = "Tiene una regularización en trámite en México.";
        }

        return new RelativeFacts(relativeId, true, person.IsArchived, person.Mexican, person.BirthDate, person.BirthDateEstimated, current, presence);
    }

    /// <summary>The person's valid TVRH, TRT and TRP, each with the first day of the chain of renewals of the same type.</summary>
    public async Task<List<DocumentFact>> ValidCardsAsync(Guid personId, DateOnly today, CancellationToken ct)
    {
        var all = await db.Set<IssuedDocument>().AsNoTracking()
            .Where(d => d.HolderPersonId == personId && MigratoryCards.Contains(d.Type))
            .Select(d => new { d.Id, d.Number, d.Type, d.Status, d.ValidFrom, d.ValidUntil, d.ReplacesId }).ToListAsync(ct);
        var byId = all.ToDictionary(d => d.Id);
        var facts = new List<DocumentFact>();
        foreach (var d in all.Where(d => IssuedDocument.Validity(d.Status, d.ValidFrom, d.ValidUntil, today) == DocumentValidity.Valid))
        {
            var since = d.ValidFrom;
            var previous = d.ReplacesId;
            while (previous is { } prev && byId.TryGetValue(prev, out var older) && older.Type == d.Type)
            {
                since = older.ValidFrom;
                previous = older.ReplacesId;
            }

            facts.Add(new DocumentFact(d.Id, d.Number, d.Type, d.ValidFrom, d.ValidUntil, since));
        }

        return facts;
    }
}

/// <summary>
/// The explanation before filing (FAM-01): for a principal and a relative, each requirement of the
/// procedure with its legal basis, met or not, and the condition the law gives. Also who of a
/// principal's registered relatives qualifies for each procedure.
/// </summary>
public static class CheckFamilyEligibility
{
    public static readonly IReadOnlyDictionary<string, FamilyProcedure> Procedures = new Dictionary<string, FamilyProcedure>(StringComparer.OrdinalIgnoreCase)
    {
        ["visa"] = FamilyProcedure.Visa,
        ["regularization"] = FamilyProcedure.Regularization,
        ["change-of-condition"] = FamilyProcedure.ChangeOfCondition,
    };

    public static string ProcedureCode(FamilyProcedure procedure) => Procedures.First(p => p.Value == procedure).Key;

    public static string ProcedureLabel(FamilyProcedure procedure) => procedure switch
    {
        FamilyProcedure.Visa => "Visa por unidad familiar",
        FamilyProcedure.Regularization => "Regularización por vínculo familiar",
        _ => "Cambio de condición por vínculo familiar",
    };

    public sealed record Query(Guid? PrincipalId, Guid? RelativeId, string? Procedure, string? TargetCondition);

    public sealed record Person(Guid Id, string FullName);

    public sealed record Explanation(string Procedure, string ProcedureLabel, bool Eligible, Person Principal, Person Relative, PrincipalStanding Standing,
        string StandingLabel, string StandingDetail, RelativeRole Role, string RoleLabel, StayCondition? Condition, string? ConditionLabel,
        int? MaxValidityYears, DateOnly? ValidUntilCap, string ConditionBasis, string AuthorizingAgency, IReadOnlyList<RequirementCheck> Requirements,
        IReadOnlyList<RequirementCheck> Unmet, IReadOnlyList<string> DocumentsToPresent);

    public sealed record RelativeRow(Person Relative, FamilyRelation Kind, string RelationLabel, IReadOnlyList<ProcedureAnswer> Procedures);

    public sealed record ProcedureAnswer(string Procedure, string ProcedureLabel, bool Eligible, StayCondition? Condition, IReadOnlyList<RequirementCheck> Unmet);

    public sealed record PrincipalAnswer(Person Principal, PrincipalStanding Standing, string StandingLabel, string StandingDetail,
        IReadOnlyList<RelativeRow> Relatives);

    public static Explanation Explain(EligibilityResult result, Person principal, Person relative) =>
        new(ProcedureCode(result.Procedure), ProcedureLabel(result.Procedure), result.Eligible, principal, relative, result.Standing,
            FamilyEligibility.StandingLabel(result.Standing), result.StandingDetail, result.Role, FamilyEligibility.RoleLabel(result.Role),
            result.Condition, result.Condition is { } c ? StayConditions.Label(c) : null, result.MaxValidityYears, result.ValidUntilCap,
            result.ConditionBasis, result.AuthorizingAgency, result.Requirements, [.. result.Unmet], result.DocumentsToPresent);

    public sealed class Handler(RutaDbContext db, ICurrentUser user, FamilyFacts facts, TimeProvider clock)
    {
        public async Task<ProcedureResult<Explanation>> HandleAsync(Query query, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(query);
            if (!RegularizationAccess.CanRead(user.Principal))
            {
                return ProcedureResult<Explanation>.Forbidden();
            }

            var errors = new Dictionary<string, string[]>();
            if (query.PrincipalId is not { } principalId || principalId == Guid.Empty)
            {
                errors["principalId"] = ["Indique a la persona principal (mexicana o residente)."];
            }

            if (query.RelativeId is not { } relativeId || relativeId == Guid.Empty)
            {
                errors["relativeId"] = ["Indique a la persona familiar."];
            }

            if (query.Procedure is null || !Procedures.TryGetValue(query.Procedure.Trim(), out var procedure))
            {
                errors["procedure"] = ["Indique el trámite: visa, regularization o change-of-condition."];
                procedure = default;
            }

            StayCondition? target = null;
            if (!string.IsNullOrWhiteSpace(query.TargetCondition))
            {
                if (!StayConditions.Codes.TryGetValue(query.TargetCondition.Trim(), out var parsed) || parsed == StayCondition.HumanitarianVisitor)
                {
                    errors["targetCondition"] = ["La condición solicitada es temporary-resident o permanent-resident."];
                }
                else
                {
                    target = parsed;
                }
            }

            if (errors.Count > 0)
            {
                return ProcedureResult<Explanation>.Invalid(errors);
            }

            var names = await ProcedureReads.PersonsAsync(db, [query.PrincipalId!.Value, query.RelativeId!.Value], ct);
            if (!names.ContainsKey(query.PrincipalId.Value) || !names.ContainsKey(query.RelativeId.Value))
            {
                return ProcedureResult<Explanation>.NotFound();
            }

            var result = await facts.EvaluateAsync(procedure, query.PrincipalId.Value, query.RelativeId.Value, target, null, ct);
            return ProcedureResult<Explanation>.Ok(Explain(result, ToPerson(names[query.PrincipalId.Value]), ToPerson(names[query.RelativeId.Value])));
        }

        /// <summary>Every registered relative of the principal, with the answer for each procedure.</summary>
        public async Task<ProcedureResult<PrincipalAnswer>> RelativesAsync(Guid principalId, CancellationToken ct)
        {
            if (!RegularizationAccess.CanRead(user.Principal))
            {
                return ProcedureResult<PrincipalAnswer>.Forbidden();
            }

            var names = await ProcedureReads.PersonsAsync(db, [principalId], ct);
            if (!names.TryGetValue(principalId, out var principal))
            {
                return ProcedureResult<PrincipalAnswer>.NotFound();
            }

            var links = await GetPerson.FamilyLinksAsync(db, principalId, ct);
            var rows = new List<RelativeRow>();
            foreach (var link in links.Where(l => !l.RelativeIsArchived))
            {
                var answers = new List<ProcedureAnswer>();
                foreach (var procedure in Enum.GetValues<FamilyProcedure>())
                {
                    var result = await facts.EvaluateAsync(procedure, principalId, link.RelativeId, null, null, ct);
                    answers.Add(new ProcedureAnswer(ProcedureCode(procedure), ProcedureLabel(procedure), result.Eligible, result.Condition, [.. result.Unmet]));
                }

                rows.Add(new RelativeRow(new Person(link.RelativeId, link.RelativeName), link.Kind, PersonLabels.Relation(link.Kind), answers));
            }

            var today = MexicoCity.Today(clock);
            var standing = FamilyEligibility.Standing(await facts.PrincipalAsync(principalId, today, ct), today);
            return ProcedureResult<PrincipalAnswer>.Ok(new PrincipalAnswer(ToPerson(principal), standing.Standing,
                FamilyEligibility.StandingLabel(standing.Standing), standing.Detail, rows));
        }

        private static Person ToPerson(PersonRef p) => new(p.Id, p.FullName);
    }
}
