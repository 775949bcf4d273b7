using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ruta.Web.Modules.Asylum.Domain;

/// <summary>What the applicant (and the family of the claim) is called to.</summary>
public enum AppointmentKind
{
    /// <summary>Periodic signing at the COMAR office (RLRPCAP art. 24).</summary>
    Signing,

    /// <summary>Eligibility interview (LRPCAP art. 23).</summary>
    Interview,

    /// <summary>Personal notification of the resolution (LFPA arts. 35 and 36).</summary>
    Notification,
}

/// <summary>
/// A date COMAR gives the applicant to come to its office: the next signing, an interview, the
/// notification of the resolution. What happened on it is recorded by the acts themselves (signing,
/// interview, notification); the appointment only tells the applicant when to come (the public status page).
/// </summary>
public sealed class AsylumAppointment
{
    private AsylumAppointment() { }

    internal AsylumAppointment(Guid claimId, AppointmentKind kind, DateOnly on, TimeOnly? at, AsylumActor actor)
    {
        Id = Guid.CreateVersion7();
        ClaimId = claimId;
        Kind = kind;
        On = on;
        At = at;
        ScheduledAt = actor.Now;
        ScheduledByUserId = actor.UserId;
    }

    public Guid Id { get; private set; }
    public Guid ClaimId { get; private set; }
    public AppointmentKind Kind { get; private set; }
    public DateOnly On { get; private set; }

    /// <summary>Local time in the office, when given.</summary>
    public TimeOnly? At { get; private set; }
    public DateTime ScheduledAt { get; private set; }
    public Guid? ScheduledByUserId { get; private set; }
}

internal sealed class AsylumAppointmentConfiguration : IEntityTypeConfiguration<AsylumAppointment>
{
    public void Configure(EntityTypeBuilder<AsylumAppointment> b)
    {
        b.ToTable("asylum_appointments");
        b.HasKey(a => a.Id);
        b.Property(a => a.Id).ValueGeneratedNever();
        b.Property(a => a.Kind).HasConversion<string>().HasMaxLength(16);
        b.HasIndex(a => new { a.ClaimId, a.On });
    }
}
