using Ruta.Web.Kernel.Documents;
using Ruta.Web.Kernel.Persons;

namespace Ruta.Web.Modules.Regularization.Domain;

/// <summary>The three family-unity procedures the seed lists.</summary>
public enum FamilyProcedure
{
    /// <summary>Visa por unidad familiar, requested at INM for a relative abroad (LM arts. 41 párr. segundo and 127).</summary>
    Visa,

    /// <summary>Regularization by family link of a relative in Mexico without a regular condition (LM art. 133 fr. I and II).</summary>
    Regularization,

    /// <summary>Change of condition to temporary or permanent resident by family link (LM arts. 53, 55, 56 and 52 fr. VII).</summary>
    ChangeOfCondition,
}

/// <summary>What the principal is, as Ruta's data shows it.</summary>
public enum PrincipalStanding { None, Mexican, Refugee, PermanentResident, TemporaryResident }

/// <summary>What the relative is to the principal, in the terms of the law.</summary>
public enum RelativeRole { None, SpouseOrPartner, Parent, Child, StepChild, Sibling, Guardian, Ward, OtherRelative }

/// <summary>A valid migratory document Ruta holds; <see cref="HeldSince"/> follows renewals back to the first card of the same type.</summary>
public sealed record DocumentFact(Guid Id, string Number, DocumentType Type, DateOnly ValidFrom, DateOnly? ValidUntil, DateOnly HeldSince);

/// <param name="RefugeeClaimId">A recognized asylum claim with refugee status covering the person.</param>
/// <param name="ComplementaryClaimId">A recognized claim with complementary protection (a permanent resident, LRPCAP art. 48).</param>
public sealed record PrincipalFacts(Guid Id, bool Exists, bool Archived, bool Mexican, DocumentFact? PermanentCard, DocumentFact? TemporaryCard,
    Guid? RefugeeClaimId, Guid? ComplementaryClaimId);

/// <param name="CurrentDocument">The relative's valid TVRH, TRT or TRP, if any.</param>
/// <param name="PresenceInMexico">Why Ruta knows the relative is in Mexico (a valid card, a station stay, an open procedure), or null.</param>
public sealed record RelativeFacts(Guid Id, bool Exists, bool Archived, bool Mexican, DateOnly? BirthDate, bool BirthDateEstimated,
    DocumentFact? CurrentDocument, string? PresenceInMexico);

/// <param name="Link">What the relative is to the principal in the persons registry (a direct link), if any.</param>
/// <param name="StepChild">The relative is registered as the child of the principal's spouse or partner.</param>
/// <param name="PendingIdentical">An identical request for the relative is still open.</param>
public sealed record EligibilityQuery(FamilyProcedure Procedure, StayCondition? Target, DateOnly Today, PrincipalFacts Principal, RelativeFacts Relative,
    FamilyRelation? Link, bool StepChild, bool PendingIdentical);

/// <summary>One requirement, met or not, with its legal basis and what the data shows.</summary>
public sealed record RequirementCheck(string Code, string Description, string LegalBasis, bool Met, string? Detail);

/// <summary>The explanation given before filing: every requirement with its basis, the condition the law gives, and who authorizes.</summary>
/// <param name="MaxValidityYears">For temporary residence: the most years the law allows for this relative.</param>
/// <param name="ValidUntilCap">For relatives of a temporary resident: the end of the principal's permit (LM art. 52 fr. VII).</param>
public sealed record EligibilityResult(FamilyProcedure Procedure, bool Eligible, PrincipalStanding Standing, string StandingDetail, RelativeRole Role,
    StayCondition? Condition, int? MaxValidityYears, DateOnly? ValidUntilCap, string ConditionBasis, string AuthorizingAgency,
    IReadOnlyList<RequirementCheck> Requirements, IReadOnlyList<string> DocumentsToPresent)
{
    public IEnumerable<RequirementCheck> Unmet => Requirements.Where(r => !r.Met);
}

/// <summary>
/// Who qualifies for family unity with whom, and under which condition (FAM-01..FAM-09). Pure: the
/// features gather the facts from the persons registry, the issued documents and the asylum module.
/// </summary>
public static class FamilyEligibility
{
    public const string StandingBasis = "LM arts. 52 fr. VII, 55 y 56; LRPCAP arts. 48 y 58";
    public const string WaitingPeriodBasis = "LM art. 55 fr. II y III; art. 56 fr. II y III";
    public const int SpouseWaitingYears = 2;

    private sealed record Path(bool Qualifies, StayCondition? Condition, int? MaxYears, bool CappedByPrincipal, string Basis, bool MinorRequired,
        string Explanation);

    public static EligibilityResult Evaluate(EligibilityQuery q)
    {
        ArgumentNullException.ThrowIfNull(q);
        var checks = new List<RequirementCheck>();
        var documents = new List<string>();
        var (standing, standingDetail) = Standing(q.Principal, q.Today);
        checks.Add(new("principal-standing",
            "La persona principal es mexicana, residente permanente, residente temporal o refugiada reconocida", StandingBasis,
            standing != PrincipalStanding.None, standingDetail));

        checks.Add(new("relative-foreign", "La persona familiar es extranjera", "LM art. 3 fr. XXI; arts. 55, 56 y 132",
            q.Relative.Exists && !q.Relative.Mexican,
            !q.Relative.Exists ? "La persona familiar no está en el registro." : q.Relative.Mexican ? "Tiene nacionalidad mexicana registrada: no requiere condición de estancia." : null));

        var role = RoleOf(q.Link, q.StepChild);
        checks.Add(new("family-link", "El vínculo familiar está registrado en el registro de personas", "LM art. 135 fr. III",
            role != RelativeRole.None,
            role == RelativeRole.None ? "No hay vínculo registrado entre ambas personas: regístrelo en Personas con sus documentos." : RoleLabel(role)));

        var path = PathFor(q.Procedure, standing, role, q.Target);
        var condition = path.Condition;
        DateOnly? cap = path.CappedByPrincipal ? q.Principal.TemporaryCard?.ValidUntil : null;
        checks.Add(new("relation-qualifies", "La relación da derecho a la unidad familiar con esta persona principal", path.Basis,
            path.Qualifies, path.Explanation));

        if (path.MinorRequired)
        {
            var isChild = Person.IsChildOn(q.Relative.BirthDate, q.Relative.BirthDateEstimated, q.Today);
            var age = Person.AgeOn(q.Relative.BirthDate, q.Today);
            checks.Add(new("relative-minor", "La persona familiar es niña, niño o adolescente (o está bajo tutela o representación legal)", path.Basis,
                isChild || role == RelativeRole.Ward,
                age is { } years ? $"{years} años{(q.Relative.BirthDateEstimated ? " (edad estimada)" : "")}." : "Sin fecha de nacimiento: se presume menor de edad (LM art. 3 fr. XVI)."));
            documents.Add("Constancia de que no ha contraído matrimonio, o de la tutela o representación legal");
        }

        switch (q.Procedure)
        {
            case FamilyProcedure.Visa:
                checks.Add(new("relative-abroad", "La persona familiar está en el extranjero (la visa se pide para ingresar)",
                    "LM art. 41 párr. segundo; art. 127", q.Relative.PresenceInMexico is null,
                    q.Relative.PresenceInMexico is { } presence ? presence + " Corresponde la regularización o el cambio de condición." : null));
                checks.Add(new("competent-authority", "El INM es la autoridad que autoriza esta visa",
                    "LM art. 41 párr. segundo; LRPCAP art. 58", standing != PrincipalStanding.Refugee,
                    standing == PrincipalStanding.Refugee
                        ? "La reunificación familiar de personas refugiadas la autoriza la COMAR por derivación de la condición de refugiado: presente la solicitud ante la COMAR."
                        : null));
                break;
            case FamilyProcedure.Regularization:
                checks.Add(new("relative-irregular", "La persona familiar carece de condición de estancia vigente",
                    "LM art. 132", q.Relative.CurrentDocument is null,
                    q.Relative.CurrentDocument is { } held
                        ? $"Tiene {DocumentTypes.Label(held.Type)} {held.Number} vigente: corresponde el cambio de condición, no la regularización."
                        : null));
                break;
            case FamilyProcedure.ChangeOfCondition:
                AddCurrentConditionChecks(q, role, standing, condition, checks);
                break;
        }

        checks.Add(new("no-identical-request", "No hay otra solicitud igual en trámite para la persona familiar",
            "LM art. 61; Lineamientos para trámites migratorios art. 8 (fuente secundaria)", !q.PendingIdentical,
            q.PendingIdentical ? "Ya hay una solicitud abierta del mismo tipo para esta persona." : null));

        documents.Insert(0, q.Procedure == FamilyProcedure.Regularization
            ? "Documentos que acreditan el vínculo familiar (LM art. 135 fr. III)"
            : "Actas del estado civil que acreditan el vínculo");
        if (role == RelativeRole.SpouseOrPartner)
        {
            documents.Add("Acta de matrimonio o constancia de concubinato: el vínculo debe subsistir");
        }

        if (standing == PrincipalStanding.Mexican && role is RelativeRole.Parent or RelativeRole.Child && condition == StayCondition.PermanentResident)
        {
            documents.Add("Acta de nacimiento de la persona principal que acredite la nacionalidad mexicana por nacimiento (LM art. 54 fr. VI y VII)");
        }

        if (standing == PrincipalStanding.Refugee && q.Procedure == FamilyProcedure.Visa)
        {
            documents.Add("Dependencia económica de la persona refugiada y capacidad económica para su manutención (LRPCAP art. 58)");
        }

        if (q.Procedure == FamilyProcedure.Regularization)
        {
            documents.Add("Escrito de solicitud, identificación oficial, pago de la multa (LM arts. 135 y 145)");
        }

        var eligible = checks.All(c => c.Met);
        return new EligibilityResult(q.Procedure, eligible, standing, standingDetail, role, path.Qualifies ? condition : null,
            path.Qualifies && condition == StayCondition.TemporaryResident ? path.MaxYears : null,
            path.Qualifies && condition == StayCondition.TemporaryResident ? cap : null,
            path.Basis, standing == PrincipalStanding.Refugee && q.Procedure == FamilyProcedure.Visa ? "COMAR" : "INM",
            checks, documents);
    }

    private static void AddCurrentConditionChecks(EligibilityQuery q, RelativeRole role, PrincipalStanding standing, StayCondition? condition,
        List<RequirementCheck> checks)
    {
        var held = q.Relative.CurrentDocument;
        var (ok, detail) = held?.Type switch
        {
            null => (false, "Sin condición de estancia vigente en Ruta: corresponde la regularización (LM art. 132)."),
            DocumentType.PermanentResidentCard => (false, $"Ya es residente permanente ({held.Number})."),
            DocumentType.TemporaryResidentCard when condition == StayCondition.TemporaryResident =>
                (false, $"Ya es residente temporal ({held.Number}): no hay cambio de condición."),
            _ => (true, $"{DocumentTypes.Label(held.Type)} {held.Number} vigente{(held.ValidUntil is { } until ? $" hasta el {until:yyyy-MM-dd}" : "")}."),
        };
        checks.Add(new("relative-current-condition",
            "La persona familiar tiene una condición de estancia que puede cambiarse (visitante por razones humanitarias o residente temporal)",
            "LM arts. 53 y 62; Lineamientos para trámites migratorios arts. 37 y 38 (fuente secundaria)", ok, detail));

        if (condition == StayCondition.PermanentResident && role == RelativeRole.SpouseOrPartner
            && standing is PrincipalStanding.Mexican or PrincipalStanding.PermanentResident or PrincipalStanding.Refugee)
        {
            var since = held?.Type == DocumentType.TemporaryResidentCard ? held.HeldSince : (DateOnly?)null;
            var completes = since?.AddYears(SpouseWaitingYears);
            checks.Add(new("waiting-period", "Dos años como residente temporal antes de la residencia permanente (cónyuge o concubinato)",
                WaitingPeriodBasis, completes is { } date && date <= q.Today,
                since is null
                    ? "No tiene residencia temporal vigente: primero se concede la residencia temporal por dos años."
                    : completes <= q.Today
                        ? $"Residente temporal desde el {since:yyyy-MM-dd}: cumplió dos años el {completes:yyyy-MM-dd}."
                        : $"Residente temporal desde el {since:yyyy-MM-dd}: cumple dos años el {completes:yyyy-MM-dd}."));
        }
    }

    /// <summary>Mexican first (the registry's nationality), then refugee, permanent resident (TRP or complementary protection), temporary resident (TRT).</summary>
    public static (PrincipalStanding Standing, string Detail) Standing(PrincipalFacts principal, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(principal);
        if (!principal.Exists)
        {
            return (PrincipalStanding.None, "La persona principal no está en el registro.");
        }

        if (principal.Archived)
        {
            return (PrincipalStanding.None, "El registro de la persona principal está archivado.");
        }

        if (principal.Mexican)
        {
            return (PrincipalStanding.Mexican, "Persona mexicana (nacionalidad registrada).");
        }

        if (principal.RefugeeClaimId is { } claim)
        {
            return (PrincipalStanding.Refugee, $"Refugiada reconocida (solicitud {claim}).");
        }

        if (principal.PermanentCard is { } trp)
        {
            return (PrincipalStanding.PermanentResident, $"Residente permanente: {trp.Number} vigente.");
        }

        if (principal.ComplementaryClaimId is { } complementary)
        {
            return (PrincipalStanding.PermanentResident, $"Protección complementaria reconocida (solicitud {complementary}): residente permanente (LRPCAP art. 48).");
        }

        if (principal.TemporaryCard is { } trt)
        {
            return (PrincipalStanding.TemporaryResident, $"Residente temporal: {trt.Number} vigente hasta el {trt.ValidUntil:yyyy-MM-dd}.");
        }

        return (PrincipalStanding.None,
            "Ruta no tiene nacionalidad mexicana registrada, ni tarjeta de residencia vigente, ni condición de refugiado reconocida de esta persona.");
    }

    public static RelativeRole RoleOf(FamilyRelation? link, bool stepChild) => link switch
    {
        FamilyRelation.SpouseOrPartner => RelativeRole.SpouseOrPartner,
        FamilyRelation.Parent => RelativeRole.Parent,
        FamilyRelation.Child => RelativeRole.Child,
        FamilyRelation.Sibling => RelativeRole.Sibling,
        FamilyRelation.LegalGuardian => RelativeRole.Guardian,
        FamilyRelation.Ward => RelativeRole.Ward,
        FamilyRelation.OtherRelative => RelativeRole.OtherRelative,
        _ when stepChild => RelativeRole.StepChild,
        _ => RelativeRole.None,
    };

    public static string RoleLabel(RelativeRole role) => role switch
    {
        RelativeRole.SpouseOrPartner => "Cónyuge, concubina o concubinario",
        RelativeRole.Parent => "Madre o padre",
        RelativeRole.Child => "Hija o hijo",
        RelativeRole.StepChild => "Hija o hijo del cónyuge o concubino",
        RelativeRole.Sibling => "Hermana o hermano",
        RelativeRole.Guardian => "Tiene su representación legal o custodia",
        RelativeRole.Ward => "Bajo su tutela o custodia",
        RelativeRole.OtherRelative => "Otro familiar",
        _ => "Sin vínculo",
    };

    public static string StandingLabel(PrincipalStanding standing) => standing switch
    {
        PrincipalStanding.Mexican => "Persona mexicana",
        PrincipalStanding.Refugee => "Persona refugiada",
        PrincipalStanding.PermanentResident => "Residente permanente",
        PrincipalStanding.TemporaryResident => "Residente temporal",
        _ => "Sin calidad que permita la unidad familiar",
    };

    /// <summary>The statutory matrix: (procedure, principal, relation, requested condition) → condition, limits and basis.</summary>
    private static Path PathFor(FamilyProcedure procedure, PrincipalStanding standing, RelativeRole role, StayCondition? target)
    {
        if (standing == PrincipalStanding.None || role == RelativeRole.None)
        {
            return new(false, null, null, false, StandingBasis, false, "Sin persona principal con calidad o sin vínculo registrado.");
        }

        var path = procedure == FamilyProcedure.Regularization ? RegularizationPath(standing, role) : EntryPath(procedure, standing, role, target);
        if (!path.Qualifies || target is null || procedure == FamilyProcedure.Regularization || target == path.Condition)
        {
            return path;
        }

        return path with
        {
            Qualifies = false,
            Explanation = $"Para esta relación corresponde {StayConditions.Label(path.Condition)}, no {StayConditions.Label(target)}. {path.Explanation}",
        };
    }

    /// <summary>LM art. 133 fr. I and II: spouse or partner; father, mother or child; legal representative or custodian; of a Mexican or a resident.</summary>
    private static Path RegularizationPath(PrincipalStanding standing, RelativeRole role)
    {
        const string Fraction1 = "LM art. 133 párr. segundo fr. I";
        const string Fraction2 = "LM art. 133 párr. segundo fr. II";
        var notListed = new Path(false, null, null, false, $"{Fraction1} y II", false,
            $"{RoleLabel(role)}: el art. 133 fr. I y II comprende cónyuge o concubinato, padre, madre, hija o hijo, y representación legal o custodia. Valore otro supuesto (p. ej. art. 133 fr. IV o art. 52 fr. V).");
        return (standing, role) switch
        {
            (PrincipalStanding.Mexican, RelativeRole.SpouseOrPartner) => new(true, StayCondition.TemporaryResident, SpouseWaitingYears, false,
                $"{Fraction1}; art. 56 fr. II y III", false, "Residencia temporal por dos años; después, residencia permanente si subsiste el vínculo."),
            (PrincipalStanding.Mexican, RelativeRole.Parent) => new(true, StayCondition.PermanentResident, null, false,
                $"{Fraction2}; arts. 54 fr. VII y 56 fr. I", false, "Residencia permanente: ascendiente en línea recta de persona mexicana por nacimiento."),
            (PrincipalStanding.Mexican, RelativeRole.Child) => new(true, StayCondition.PermanentResident, null, false,
                $"{Fraction2}; arts. 54 fr. VII y 56 fr. IV", false, "Residencia permanente: descendiente en línea recta de persona mexicana por nacimiento."),
            (PrincipalStanding.Mexican or PrincipalStanding.PermanentResident or PrincipalStanding.Refugee, RelativeRole.Guardian) =>
                new(true, StayCondition.TemporaryResident, RegularizationRules.TemporaryResidenceMaxYears, false, Fraction2, false,
                    "Residencia temporal (la ley no fija la condición para quien tiene la representación legal o custodia)."),
            (PrincipalStanding.PermanentResident or PrincipalStanding.Refugee, RelativeRole.SpouseOrPartner) =>
                new(true, StayCondition.TemporaryResident, SpouseWaitingYears, false, $"{Fraction1}; art. 55 fr. II y III", false,
                    "Residencia temporal por dos años; después, residencia permanente si subsiste el vínculo."),
            (PrincipalStanding.PermanentResident or PrincipalStanding.Refugee, RelativeRole.Parent) =>
                new(true, StayCondition.PermanentResident, null, false, $"{Fraction2}; art. 55 fr. I", false, "La misma condición que la persona principal."),
            (PrincipalStanding.PermanentResident or PrincipalStanding.Refugee, RelativeRole.Child) =>
                new(true, StayCondition.PermanentResident, null, false, $"{Fraction2}; art. 55 fr. IV", false,
                    "La misma condición que la persona principal (art. 55 fr. IV: hijas e hijos menores de edad o bajo tutela)."),
            (PrincipalStanding.TemporaryResident, RelativeRole.SpouseOrPartner or RelativeRole.Parent or RelativeRole.Child or RelativeRole.Guardian) =>
                new(true, StayCondition.TemporaryResident, RegularizationRules.TemporaryResidenceMaxYears, true,
                    $"{(role == RelativeRole.SpouseOrPartner ? Fraction1 : Fraction2)}; art. 52 fr. VII", false,
                    "Residencia temporal por el tiempo que dure el permiso de la persona principal."),
            _ => notListed,
        };
    }

    /// <summary>Visa and change of condition: the relatives of LM arts. 52 fr. VII, 55 and 56 (and LRPCAP art. 58 for refugees' visas).</summary>
    private static Path EntryPath(FamilyProcedure procedure, PrincipalStanding standing, RelativeRole role, StayCondition? target)
    {
        var notListed = new Path(false, null, null, false, StandingBasis, false,
            $"{RoleLabel(role)} no está entre los familiares que la ley permite para {StandingLabel(standing).ToLowerInvariant()}.");
        if (standing == PrincipalStanding.Refugee && procedure == FamilyProcedure.Visa)
        {
            // LRPCAP art. 58: spouse or partner, children, blood relatives to the fourth degree, and the partner's to the second, who depend on the refugee.
            return role is RelativeRole.SpouseOrPartner or RelativeRole.Child or RelativeRole.StepChild or RelativeRole.Parent or RelativeRole.Sibling
                or RelativeRole.OtherRelative
                ? new(true, StayCondition.PermanentResident, null, false, "LRPCAP arts. 48 y 58", false,
                    "Internación por derivación de la condición de refugiado, si depende económicamente de la persona refugiada (parentesco hasta el cuarto grado).")
                : notListed;
        }

        var spouseTarget = target == StayCondition.PermanentResident && procedure == FamilyProcedure.ChangeOfCondition
            ? StayCondition.PermanentResident
            : StayCondition.TemporaryResident;
        return (standing, role) switch
        {
            (PrincipalStanding.Mexican, RelativeRole.Parent) => new(true, StayCondition.PermanentResident, null, false,
                "LM arts. 54 fr. VII y 56 fr. I", false, "Residencia permanente."),
            (PrincipalStanding.Mexican, RelativeRole.SpouseOrPartner) => new(true, spouseTarget,
                SpouseWaitingYears, false, "LM art. 56 fr. II y III", false,
                "Residencia temporal por dos años; transcurridos, residencia permanente si subsiste el vínculo."),
            (PrincipalStanding.Mexican, RelativeRole.Child) => new(true, StayCondition.PermanentResident, null, false,
                "LM arts. 54 fr. VII y 56 fr. IV", false, "Residencia permanente: hijas e hijos nacidos en el extranjero que no son mexicanos."),
            (PrincipalStanding.Mexican, RelativeRole.StepChild) => new(true, StayCondition.TemporaryResident, RegularizationRules.TemporaryResidenceMaxYears,
                false, "LM art. 56 fr. V", true, "Residencia temporal (el art. 56 no fija la condición; criterio de Ruta)."),
            (PrincipalStanding.Mexican, RelativeRole.Sibling) => new(true, StayCondition.TemporaryResident, RegularizationRules.TemporaryResidenceMaxYears,
                false, "LM art. 56 fr. VI", true, "Residencia temporal (el art. 56 no fija la condición; criterio de Ruta)."),
            (PrincipalStanding.PermanentResident or PrincipalStanding.Refugee, RelativeRole.Parent) => new(true, StayCondition.PermanentResident, null,
                false, "LM art. 55 fr. I", false, "La misma condición que la persona principal."),
            (PrincipalStanding.PermanentResident or PrincipalStanding.Refugee, RelativeRole.SpouseOrPartner) => new(true, spouseTarget,
                SpouseWaitingYears, false, "LM art. 55 fr. II y III", false,
                "Residencia temporal por dos años; transcurridos, residencia permanente si subsiste el vínculo."),
            (PrincipalStanding.PermanentResident or PrincipalStanding.Refugee, RelativeRole.Child or RelativeRole.StepChild or RelativeRole.Ward) =>
                new(true, StayCondition.PermanentResident, null, false, "LM art. 55 fr. IV", true, "La misma condición que la persona principal."),
            (PrincipalStanding.PermanentResident or PrincipalStanding.Refugee, RelativeRole.Sibling) => new(true, StayCondition.PermanentResident, null,
                false, "LM art. 55 fr. V", true, "La misma condición que la persona principal."),
            (PrincipalStanding.TemporaryResident, RelativeRole.Child or RelativeRole.StepChild or RelativeRole.Ward) =>
                new(true, StayCondition.TemporaryResident, RegularizationRules.TemporaryResidenceMaxYears, true, "LM art. 52 fr. VII inciso a", true,
                    "Residencia temporal por el tiempo que dure el permiso de la persona principal."),
            (PrincipalStanding.TemporaryResident, RelativeRole.SpouseOrPartner or RelativeRole.Parent) =>
                new(true, StayCondition.TemporaryResident, RegularizationRules.TemporaryResidenceMaxYears, true, "LM art. 52 fr. VII incisos b, c y d",
                    false, "Residencia temporal por el tiempo que dure el permiso de la persona principal."),
            _ => notListed,
        };
    }
}
