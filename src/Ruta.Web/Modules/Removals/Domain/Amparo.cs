using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ruta.Web.Kernel.Domain;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Kernel.Removal;

namespace Ruta.Web.Modules.Removals.Domain;

/// <summary>What the court said, so far, about suspending the removal.</summary>
public enum AmparoSuspension
{
    /// <summary>Filed; the court has not yet ruled on the suspension (it must, in the admission order, for a deportation).</summary>
    Pending,

    /// <summary>De oficio y de plano, in the admission order (Ley de Amparo art. 126: deportation or expulsion).</summary>
    DePlano,

    /// <summary>Provisional suspension (Ley de Amparo art. 138 fr. I).</summary>
    Provisional,

    /// <summary>Definitive suspension after the incidental hearing (Ley de Amparo arts. 138 fr. II and 144).</summary>
    Definitive,
}

/// <summary>How an amparo ended, as far as the removal is concerned.</summary>
public enum AmparoOutcome
{
    /// <summary>The suspension was denied or revoked: the removal may go on while the trial continues.</summary>
    SuspensionLifted,

    /// <summary>The amparo was denied (final judgment).</summary>
    Denied,

    /// <summary>The trial was dismissed (sobreseimiento).</summary>
    Dismissed,

    /// <summary>The amparo was granted: the removal it was filed against is cancelled.</summary>
    Granted,
}

/// <summary>
/// An amparo filed against a person's removal, as INM records it when the court notifies it: court,
/// case number, filing date and suspension. While it is not recorded as resolved, the removal guard
/// blocks every removal of the person (<see cref="AmparoRemovalRule"/>).
/// </summary>
public sealed class Amparo : IVersioned
{
    private Amparo() { }

    public Amparo(Guid personId, Guid? removalId, string court, string caseNumber, DateOnly filedOn, AmparoSuspension suspension,
        DateOnly? suspensionOn, RemovalActor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        Id = Guid.CreateVersion7();
        PersonId = personId;
        RemovalId = removalId;
        Court = court;
        CaseNumber = caseNumber;
        FiledOn = filedOn;
        Suspension = suspension;
        SuspensionOn = suspensionOn;
        CreatedAt = actor.Now;
        CreatedByUserId = actor.UserId;
        CreatedByAgency = actor.Agency ?? "";
        Version = 1;
    }

    public Guid Id { get; private set; }
    public Guid PersonId { get; private set; }

    /// <summary>The removal the amparo was filed against, when there is one in Ruta.</summary>
    public Guid? RemovalId { get; private set; }

    /// <summary>The court (juzgado de distrito) that admitted it.</summary>
    public string Court { get; private set; } = "";
    public string CaseNumber { get; private set; } = "";
    public DateOnly FiledOn { get; private set; }
    public AmparoSuspension Suspension { get; private set; }
    public DateOnly? SuspensionOn { get; private set; }
    public AmparoOutcome? Outcome { get; private set; }
    public DateOnly? ResolvedOn { get; private set; }
    public string? ResolutionNotes { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public Guid? CreatedByUserId { get; private set; }
    public string CreatedByAgency { get; private set; } = "";
    public int Version { get; set; }

    /// <summary>Not recorded as resolved: blocks every removal of the person.</summary>
    public bool IsOpen => Outcome is null;

    public void RecordSuspension(AmparoSuspension suspension, DateOnly on)
    {
        EnsureOpen();
        Suspension = suspension;
        SuspensionOn = on;
    }

    public void Resolve(AmparoOutcome outcome, DateOnly on, string? notes)
    {
        EnsureOpen();
        if (on < FiledOn)
        {
            throw new DomainRuleException(RemovalRules.AmparoAlreadyResolved, "La resolución no puede ser anterior a la presentación del amparo.",
                RemovalRules.AmparoBasis, StatusCodes.Status422UnprocessableEntity);
        }

        Outcome = outcome;
        ResolvedOn = on;
        ResolutionNotes = notes;
    }

    private void EnsureOpen()
    {
        if (!IsOpen)
        {
            throw new DomainRuleException(RemovalRules.AmparoAlreadyResolved,
                $"El amparo {CaseNumber} ya se registró como resuelto el {ResolvedOn:yyyy-MM-dd}.", RemovalRules.AmparoBasis);
        }
    }

    public static string SuspensionLabel(AmparoSuspension suspension) => suspension switch
    {
        AmparoSuspension.Pending => "sin acuerdo sobre la suspensión todavía",
        AmparoSuspension.DePlano => "suspensión de oficio y de plano",
        AmparoSuspension.Provisional => "suspensión provisional",
        AmparoSuspension.Definitive => "suspensión definitiva",
        _ => suspension.ToString(),
    };

    public static string OutcomeLabel(AmparoOutcome outcome) => outcome switch
    {
        AmparoOutcome.SuspensionLifted => "suspensión negada o revocada",
        AmparoOutcome.Denied => "amparo negado",
        AmparoOutcome.Dismissed => "juicio sobreseído",
        AmparoOutcome.Granted => "amparo concedido",
        _ => outcome.ToString(),
    };

    public static string Code<T>(T value) where T : struct, Enum => System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    public static bool TryParse<T>(string? code, out T value) where T : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (string.Equals(Code(candidate), code?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }
}

/// <summary>
/// The removal guard's amparo rule (registered as <see cref="Name"/>): AMPARO_AGAINST_REMOVAL blocks
/// every kind of removal of a person with an amparo not recorded as resolved. One indexed lookup.
/// </summary>
public sealed class AmparoRemovalRule(RutaDbContext db) : IRemovalRule
{
    public const string Name = "AMPARO_AGAINST_REMOVAL";
    public const string Code = "AMPARO_AGAINST_REMOVAL";

    public async Task<IReadOnlyList<RemovalBlock>> EvaluateAsync(Guid personId, RemovalKind kind, DateOnly on, CancellationToken cancellationToken)
    {
        var open = await db.Set<Amparo>().AsNoTracking()
            .Where(a => a.PersonId == personId && a.Outcome == null)
            .OrderBy(a => a.FiledOn)
            .Select(a => new { a.Court, a.CaseNumber, a.FiledOn, a.Suspension })
            .ToListAsync(cancellationToken);
        return [.. open.Select(a => new RemovalBlock(Code, RemovalRules.AmparoBasis,
            $"Amparo {a.CaseNumber} ante {a.Court}, presentado el {a.FiledOn:yyyy-MM-dd} ({Amparo.SuspensionLabel(a.Suspension)}). " +
            "Contra la deportación o expulsión la suspensión se concede de oficio y de plano: no hay salida del país hasta que se registre " +
            "que el amparo o su suspensión se resolvió.",
            a.FiledOn, null))];
    }
}

internal sealed class AmparoConfiguration : IEntityTypeConfiguration<Amparo>
{
    public void Configure(EntityTypeBuilder<Amparo> b)
    {
        b.ToTable("removal_amparos");
        b.HasKey(a => a.Id);
        b.Property(a => a.Id).ValueGeneratedNever();
        b.Property(a => a.Court).HasMaxLength(300).IsRequired();
        b.Property(a => a.CaseNumber).HasMaxLength(100).IsRequired();
        b.Property(a => a.Suspension).HasConversion<string>().HasMaxLength(32);
        b.Property(a => a.Outcome).HasConversion<string>().HasMaxLength(32);
        b.Property(a => a.ResolutionNotes).HasMaxLength(RemovalRules.Text);
        b.Property(a => a.CreatedByAgency).HasMaxLength(32).IsRequired();
        b.Property(a => a.Version).IsConcurrencyToken();
        b.Ignore(a => a.IsOpen);
        b.HasOne<Kernel.Persons.Person>().WithMany().HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<RemovalCase>().WithMany().HasForeignKey(a => a.RemovalId).OnDelete(DeleteBehavior.Restrict);
        // The guard looks amparos up by person.
        b.HasIndex(a => new { a.PersonId, a.Outcome });
        b.HasIndex(a => a.RemovalId);
    }
}
