using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ruta.Web.Kernel.Removal;

namespace Ruta.Web.Modules.Removals.Domain;

/// <summary>
/// A right the person has before an assisted return (LM art. 119) or in a deportation (LM art. 122),
/// recorded as given (or, where the law leaves it to the person, declined). A medical check is not in
/// either list (it belongs to the stay in the station, LM art. 107), so it is not recorded here.
/// </summary>
public enum RemovalRight
{
    /// <summary>LM 119-I: informed of the right to consular protection, and put in contact if wanted.</summary>
    ConsularProtectionInformation,

    /// <summary>LM 119-II: information about staying regularly, the procedure and the remedies.</summary>
    RegularStayAndRemediesInformation,

    /// <summary>LM 119-III / 122-III: notice to relatives, legal representative or a trusted person.</summary>
    FamilyNotice,

    /// <summary>LM 119-IV / 122-V: a translator or interpreter, when the person does not speak or understand Spanish.</summary>
    Interpreter,

    /// <summary>LM 119-V / 122-VI: legal advice (and, before an assisted return, to offer evidence).</summary>
    LegalAdvice,

    /// <summary>LM 119-VI: INM made sure the person holds the nationality or regular residence of the receiving country.</summary>
    NationalityOrResidenceVerified,

    /// <summary>LM 119-VII: travels with their belongings.</summary>
    TravelWithBelongings,

    /// <summary>LM 120 ¶1: for children, pregnant women, victims or witnesses, persons with disability and older persons, the receiving country's consular or migration officials take part.</summary>
    ReceivingCountryOfficials,

    /// <summary>LM 122-I: notified that the administrative migration procedure started.</summary>
    ProcedureStartNotice,

    /// <summary>LM 122-II: consular protection and communication (not for asylum or refugee applicants).</summary>
    ConsularProtection,

    /// <summary>LM 122-IV: information about the deportation procedure and the right to an effective remedy.</summary>
    ProcedureAndRemedyInformation,
}

/// <summary>Which rights apply to a removal, their labels and bases.</summary>
public static class RemovalRights
{
    /// <summary>The rights the law lists for this removal, in the law's order.</summary>
    /// <param name="needsInterpreter">The person does not speak or understand Spanish.</param>
    /// <param name="vulnerable">A child, pregnant woman, victim or witness, person with disability or older person (LM art. 120).</param>
    public static IReadOnlyList<RemovalRight> For(RemovalKind kind, bool needsInterpreter, bool vulnerable) => kind switch
    {
        RemovalKind.AssistedReturn =>
        [
            RemovalRight.ConsularProtectionInformation, RemovalRight.RegularStayAndRemediesInformation, RemovalRight.FamilyNotice,
            .. needsInterpreter ? [RemovalRight.Interpreter] : Array.Empty<RemovalRight>(),
            RemovalRight.LegalAdvice, RemovalRight.NationalityOrResidenceVerified, RemovalRight.TravelWithBelongings,
            .. vulnerable ? [RemovalRight.ReceivingCountryOfficials] : Array.Empty<RemovalRight>(),
        ],
        RemovalKind.Deportation =>
        [
            RemovalRight.ProcedureStartNotice, RemovalRight.ConsularProtection, RemovalRight.FamilyNotice,
            RemovalRight.ProcedureAndRemedyInformation,
            .. needsInterpreter ? [RemovalRight.Interpreter] : Array.Empty<RemovalRight>(),
            RemovalRight.LegalAdvice,
        ],
        _ => [],
    };

    /// <summary>
    /// Rights the person may decline (contacting their consulate, telling relatives, a lawyer). The
    /// others are duties of INM that cannot be waived (information, interpreter, verification, belongings).
    /// </summary>
    public static bool CanBeDeclined(RemovalRight right) =>
        right is RemovalRight.ConsularProtectionInformation or RemovalRight.ConsularProtection or RemovalRight.FamilyNotice
            or RemovalRight.LegalAdvice;

    public static string Code(RemovalRight right) => System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(right.ToString());

    public static bool TryParse(string? code, out RemovalRight right)
    {
        foreach (var candidate in Enum.GetValues<RemovalRight>())
        {
            if (string.Equals(Code(candidate), code?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                right = candidate;
                return true;
            }
        }

        right = default;
        return false;
    }

    /// <summary>Spanish label shown on the checklist.</summary>
    public static string Label(RemovalRight right) => right switch
    {
        RemovalRight.ConsularProtectionInformation => "Información sobre la protección consular y comunicación con su consulado",
        RemovalRight.RegularStayAndRemediesInformation => "Información sobre la posibilidad de permanecer de forma regular, el procedimiento y los recursos",
        RemovalRight.FamilyNotice => "Aviso a familiares, representante legal o persona de confianza",
        RemovalRight.Interpreter => "Traductor o intérprete",
        RemovalRight.LegalAdvice => "Asesoría legal",
        RemovalRight.NationalityOrResidenceVerified => "Verificación de la nacionalidad o residencia regular en el país receptor",
        RemovalRight.TravelWithBelongings => "Traslado con sus pertenencias",
        RemovalRight.ReceivingCountryOfficials => "Intervención de funcionarios consulares o migratorios del país receptor",
        RemovalRight.ProcedureStartNotice => "Notificación del inicio del procedimiento administrativo migratorio",
        RemovalRight.ConsularProtection => "Protección consular y comunicación con su representación",
        RemovalRight.ProcedureAndRemedyInformation => "Información sobre el procedimiento de deportación y el recurso efectivo",
        _ => right.ToString(),
    };

    /// <summary>The article and fraction of each right.</summary>
    public static string Basis(RemovalKind kind, RemovalRight right) => (kind, right) switch
    {
        (_, RemovalRight.ConsularProtectionInformation) => "LM art. 119 fr. I",
        (_, RemovalRight.RegularStayAndRemediesInformation) => "LM art. 119 fr. II",
        (RemovalKind.AssistedReturn, RemovalRight.FamilyNotice) => "LM art. 119 fr. III",
        (_, RemovalRight.FamilyNotice) => "LM art. 122 fr. III",
        (RemovalKind.AssistedReturn, RemovalRight.Interpreter) => "LM art. 119 fr. IV",
        (_, RemovalRight.Interpreter) => "LM art. 122 fr. V",
        (RemovalKind.AssistedReturn, RemovalRight.LegalAdvice) => "LM art. 119 fr. V",
        (_, RemovalRight.LegalAdvice) => "LM art. 122 fr. VI",
        (_, RemovalRight.NationalityOrResidenceVerified) => "LM art. 119 fr. VI",
        (_, RemovalRight.TravelWithBelongings) => "LM art. 119 fr. VII",
        (_, RemovalRight.ReceivingCountryOfficials) => RemovalRules.ReceivingOfficialsBasis,
        (_, RemovalRight.ProcedureStartNotice) => "LM art. 122 fr. I",
        (_, RemovalRight.ConsularProtection) => "LM art. 122 fr. II",
        (_, RemovalRight.ProcedureAndRemedyInformation) => "LM art. 122 fr. IV",
        _ => "",
    };
}

/// <summary>One right of a removal recorded as given or declined, with its date (one per right and removal).</summary>
public sealed class RecordedRight
{
    private RecordedRight() { }

    internal RecordedRight(Guid removalId, RemovalRight right, DateOnly givenOn, bool declined, string? notes, RemovalActor actor)
    {
        RemovalId = removalId;
        Right = right;
        GivenOn = givenOn;
        Declined = declined;
        Notes = notes;
        RecordedAt = actor.Now;
        RecordedByUserId = actor.UserId;
    }

    public Guid RemovalId { get; private set; }
    public RemovalRight Right { get; private set; }
    public DateOnly GivenOn { get; private set; }

    /// <summary>The person declined it (only for <see cref="RemovalRights.CanBeDeclined"/> rights).</summary>
    public bool Declined { get; private set; }
    public string? Notes { get; private set; }
    public DateTime RecordedAt { get; private set; }
    public Guid? RecordedByUserId { get; private set; }
}

internal sealed class RecordedRightConfiguration : IEntityTypeConfiguration<RecordedRight>
{
    public void Configure(EntityTypeBuilder<RecordedRight> b)
    {
        b.ToTable("removal_rights");
        b.HasKey(r => new { r.RemovalId, r.Right });
        b.Property(r => r.Right).HasConversion<string>().HasMaxLength(48);
        b.Property(r => r.Notes).HasMaxLength(RemovalRules.Text);
    }
}
