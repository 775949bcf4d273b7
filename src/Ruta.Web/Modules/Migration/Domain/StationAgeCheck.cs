using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Kernel.Persons;

namespace Ruta.Web.Modules.Migration.Domain;

/// <summary>
/// One answer of the station's age gate, kept for ever: was this person an adult on this date, by the
/// registry's birth date and the presumption of childhood (<see cref="Person.IsChildOn(DateOnly)"/>)?
/// A <see cref="StationStay"/> can only point to an ADULT check of the same person, both when it is
/// created and when it is admitted (composite foreign keys plus check constraints), so no row of the
/// station roster can exist for a person the gate found to be a child.
/// </summary>
public sealed class StationAgeCheck
{
    private StationAgeCheck() { }

    public Guid Id { get; private set; }
    public Guid PersonId { get; private set; }
    public Guid ApprehensionId { get; private set; }

    /// <summary>"disposal" (at the puesta a disposición) or "admission" (before the acuerdo de presentación).</summary>
    public string Purpose { get; private set; } = "";

    /// <summary>The date the age was judged on.</summary>
    public DateOnly OnDate { get; private set; }
    public DateOnly? BirthDate { get; private set; }
    public bool BirthDateEstimated { get; private set; }
    public bool IsAdult { get; private set; }
    public DateTime CheckedAt { get; private set; }
    public Guid? CheckedByUserId { get; private set; }
    public string? CheckedByAgency { get; private set; }

    public const string AtDisposal = "disposal";
    public const string AtAdmission = "admission";

    /// <summary>Whether the person counts as a child on that date (no or estimated birth date → presumed a child).</summary>
    public bool IsChild => !IsAdult;

    internal static StationAgeCheck Of(Guid personId, Guid apprehensionId, string purpose, DateOnly onDate, DateOnly? birthDate, bool estimated,
        DateTime now, Guid? userId, string? agency) => new()
        {
            Id = Guid.CreateVersion7(),
            PersonId = personId,
            ApprehensionId = apprehensionId,
            Purpose = purpose,
            OnDate = onDate,
            BirthDate = birthDate,
            BirthDateEstimated = estimated,
            IsAdult = !Person.IsChildOn(birthDate, estimated, onDate),
            CheckedAt = now,
            CheckedByUserId = userId,
            CheckedByAgency = agency,
        };
}

/// <summary>
/// The one place a person's age is judged for station custody: reads the registry, records the
/// answer (<see cref="StationAgeCheck"/>, tracked, not saved) and returns it. Stays are created and
/// admitted only with an adult answer from here.
/// </summary>
public sealed class StationAgeGate(RutaDbContext db, ICurrentUser user, TimeProvider clock)
{
    /// <summary>Null when the person does not exist.</summary>
    public async Task<StationAgeCheck?> CheckAsync(Guid personId, Guid apprehensionId, string purpose, DateOnly onDate, CancellationToken ct)
    {
        var person = await db.Set<Person>().AsNoTracking().Where(p => p.Id == personId)
            .Select(p => new { p.BirthDate, p.BirthDateEstimated }).FirstOrDefaultAsync(ct);
        if (person is null)
        {
            return null;
        }

        var check = StationAgeCheck.Of(personId, apprehensionId, purpose, onDate, person.BirthDate, person.BirthDateEstimated,
            clock.GetUtcNow().UtcDateTime, user.UserId, user.AgencyCode);
        db.Add(check);
        return check;
    }
}

internal sealed class StationAgeCheckConfiguration : IEntityTypeConfiguration<StationAgeCheck>
{
    public void Configure(EntityTypeBuilder<StationAgeCheck> b)
    {
        b.ToTable("migration_age_checks");
        b.HasKey(c => c.Id);
        b.Property(c => c.Id).ValueGeneratedNever();
        b.Property(c => c.Purpose).HasMaxLength(16).IsRequired();
        b.Property(c => c.CheckedByAgency).HasMaxLength(32);
        b.Ignore(c => c.IsChild);
        b.HasOne<Person>().WithMany().HasForeignKey(c => c.PersonId).OnDelete(DeleteBehavior.Restrict);
        // The target of the stays' composite foreign keys: (check, person, adult) must exist as an adult check.
        b.HasAlternateKey(c => new { c.Id, c.PersonId, c.IsAdult });
        b.HasIndex(c => new { c.PersonId, c.CheckedAt });
    }
}
