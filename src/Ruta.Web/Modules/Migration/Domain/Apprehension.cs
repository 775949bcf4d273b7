using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ruta.Web.Modules.Migration.Domain;

/// <summary>The INM act after which the persons were put at its disposal.</summary>
public enum ApprehensionOperation
{
    /// <summary>Visita de verificación under a written INM order (LM arts. 92–96).</summary>
    Verification,

    /// <summary>Revisión migratoria inland under a reasoned INM order that states area and duration (LM arts. 97–98).</summary>
    Revision,

    /// <summary>Control migratorio at a place of international transit (LM arts. 81–91).</summary>
    BorderControl,
}

/// <summary>
/// A puesta a disposición (what INM statistics call "rescate"): one or more persons in an irregular
/// situation put at INM's disposal in one act, after a verificación, revisión or control, always with
/// its legal basis (the INM order and the article), the place and the authority that put them at
/// disposal. Adults get a <see cref="StationStay"/> awaiting the acuerdo de presentación; children
/// never do: the Procuraduría de Protección is notified at once (LM art. 98).
/// </summary>
public sealed class Apprehension
{
    private Apprehension() { }

    public Apprehension(ApprehensionOperation operation, string orderReference, string legalBasis, string stateCode, string municipality,
        string place, DateTime disposedAt, string disposedBy, Guid stationOfficeId, DateTime createdAt, Guid? createdByUserId, string createdByAgency)
    {
        Id = Guid.CreateVersion7();
        Operation = operation;
        OrderReference = orderReference;
        LegalBasis = legalBasis;
        StateCode = stateCode;
        Municipality = municipality;
        Place = place;
        DisposedAt = disposedAt;
        DisposedBy = disposedBy;
        StationOfficeId = stationOfficeId;
        CreatedAt = createdAt;
        CreatedByUserId = createdByUserId;
        CreatedByAgency = createdByAgency;
    }

    public Guid Id { get; private set; }
    public ApprehensionOperation Operation { get; private set; }

    /// <summary>The INM order (verificación, revisión) or the filter's record the act rests on.</summary>
    public string OrderReference { get; private set; } = "";

    /// <summary>The article(s) of law applied ("fundamento legal").</summary>
    public string LegalBasis { get; private set; } = "";

    /// <summary>INEGI two-digit state code.</summary>
    public string StateCode { get; private set; } = "";
    public string Municipality { get; private set; } = "";
    public string Place { get; private set; } = "";

    /// <summary>When the persons were put at INM's disposal (UTC).</summary>
    public DateTime DisposedAt { get; private set; }

    /// <summary>The authority that put them at disposal (INM itself, or an authority collaborating at INM's request, LM art. 96).</summary>
    public string DisposedBy { get; private set; } = "";

    /// <summary>The migration station where the adults are held.</summary>
    public Guid StationOfficeId { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public Guid? CreatedByUserId { get; private set; }
    public string CreatedByAgency { get; private set; } = "";

    public List<ApprehendedPerson> Persons { get; private set; } = [];
}

/// <summary>A person of an apprehension: a child (no stay, notice to the Procuraduría) or an adult (a stay).</summary>
public sealed class ApprehendedPerson
{
    private ApprehendedPerson() { }

    public ApprehendedPerson(Guid apprehensionId, Guid personId, bool isChild, Guid? carerId)
    {
        ApprehensionId = apprehensionId;
        PersonId = personId;
        IsChild = isChild;
        CarerId = carerId;
    }

    public Guid ApprehensionId { get; private set; }
    public Guid PersonId { get; private set; }

    /// <summary>Judged at the puesta a disposición (presumption of childhood included).</summary>
    public bool IsChild { get; private set; }

    /// <summary>For a child: the adult of the group who said they care for them (besides the registry's family links).</summary>
    public Guid? CarerId { get; private set; }

    /// <summary>For a child: the oficio to the Procuraduría de Protección.</summary>
    public Guid? ChildNoticeId { get; internal set; }

    /// <summary>For an adult: their stay.</summary>
    public Guid? StayId { get; internal set; }
}

internal sealed class ApprehensionConfiguration : IEntityTypeConfiguration<Apprehension>
{
    public void Configure(EntityTypeBuilder<Apprehension> b)
    {
        b.ToTable("migration_apprehensions");
        b.HasKey(a => a.Id);
        b.Property(a => a.Id).ValueGeneratedNever();
        b.Property(a => a.Operation).HasConversion<string>().HasMaxLength(32);
        b.Property(a => a.OrderReference).HasMaxLength(MigrationRules.ShortTextMax).IsRequired();
        b.Property(a => a.LegalBasis).HasMaxLength(MigrationRules.ShortTextMax).IsRequired();
        b.Property(a => a.StateCode).HasMaxLength(2).IsRequired();
        b.Property(a => a.Municipality).HasMaxLength(120).IsRequired();
        b.Property(a => a.Place).HasMaxLength(MigrationRules.ShortTextMax).IsRequired();
        b.Property(a => a.DisposedBy).HasMaxLength(MigrationRules.ShortTextMax).IsRequired();
        b.Property(a => a.CreatedByAgency).HasMaxLength(32).IsRequired();
        b.HasMany(a => a.Persons).WithOne().HasForeignKey(p => p.ApprehensionId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Kernel.Agencies.Office>().WithMany().HasForeignKey(a => a.StationOfficeId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(a => a.DisposedAt);
    }
}

internal sealed class ApprehendedPersonConfiguration : IEntityTypeConfiguration<ApprehendedPerson>
{
    public void Configure(EntityTypeBuilder<ApprehendedPerson> b)
    {
        b.ToTable("migration_apprehended_persons");
        b.HasKey(p => new { p.ApprehensionId, p.PersonId });
        b.HasOne<Kernel.Persons.Person>().WithMany().HasForeignKey(p => p.PersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(p => p.PersonId);
    }
}
