using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ruta.Web.Kernel.Calendar;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Kernel.Persons;

namespace Ruta.Web.Kernel.Notices;

// TEMPORARY (branch `notices`): the kernel contracts Deadline and Person have no EF mapping and
// IDeadlines no implementation yet; the calendar and persons branches provide them. Until they are
// merged, these minimal stand-ins let notices persist and test acknowledgement deadlines and person
// names. Each mapping switches itself off as soon as another configuration of the same entity exists
// in the assembly, and the scheduler is registered with TryAdd, so a merge cannot double-map.
// Delete this file once both branches are merged.

/// <summary>Minimal <see cref="IDeadlines"/>, used only while no real scheduler is registered.</summary>
internal sealed class StandInDeadlines(RutaDbContext db, TimeProvider clock) : IDeadlines
{
    private static readonly LegalCalendar Calendar = new(KnownClosures.Seed);

    public Task<Deadline> ScheduleAsync(DeadlineRequest request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var deadline = new Deadline
        {
            Id = Guid.CreateVersion7(),
            CaseType = request.CaseType,
            CaseId = request.CaseId,
            PersonId = request.PersonId,
            Kind = request.Kind,
            Description = request.Description,
            LegalBasis = request.LegalBasis,
            ResponsibleAgency = request.ResponsibleAgency,
            Unit = request.Unit,
            Amount = request.Amount,
            TriggerDate = request.TriggerDate,
            CreatedAt = now.UtcDateTime,
        };
        if (request.Unit == DeadlineUnit.Hours)
        {
            var dueAt = LegalCalendar.AddHours(request.TriggerTime ?? now, request.Amount).UtcDateTime;
            deadline.DueAt = dueAt;
            deadline.DueDate = deadline.AdviseByDate = MexicoTime.DateOf(dueAt);
        }
        else
        {
            var unit = request.Unit == DeadlineUnit.BusinessDays ? PeriodUnit.BusinessDays : PeriodUnit.NaturalDays;
            var computed = Calendar.Compute(request.TriggerDate, request.Amount, unit, request.ResponsibleAgency);
            deadline.DueDate = computed.DueDate;
            deadline.AdviseByDate = computed.AdviseByDate;
        }

        db.Add(deadline);
        return Task.FromResult(deadline);
    }
}

internal static class StandInMapping
{
    public static bool MappedElsewhere<TEntity>(Type self) where TEntity : class =>
        typeof(RutaDbContext).Assembly.GetTypes().Any(t => t != self && t is { IsAbstract: false, IsInterface: false }
            && typeof(IEntityTypeConfiguration<TEntity>).IsAssignableFrom(t));
}

internal sealed class StandInDeadlineConfiguration : IEntityTypeConfiguration<Deadline>
{
    public void Configure(EntityTypeBuilder<Deadline> b)
    {
        if (StandInMapping.MappedElsewhere<Deadline>(GetType()))
        {
            return;
        }

        b.ToTable("cal_deadlines");
        b.HasKey(d => d.Id);
        b.Property(d => d.CaseType).HasMaxLength(64).IsRequired();
        b.Property(d => d.Kind).HasMaxLength(64).IsRequired();
        b.Property(d => d.Description).HasMaxLength(500).IsRequired();
        b.Property(d => d.LegalBasis).HasMaxLength(500).IsRequired();
        b.Property(d => d.ResponsibleAgency).HasMaxLength(32).IsRequired();
        b.Property(d => d.Unit).HasConversion<string>().HasMaxLength(16);
        b.Property(d => d.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(d => d.Version).IsConcurrencyToken();
        b.HasIndex(d => new { d.CaseType, d.CaseId });
    }
}

internal sealed class StandInPersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> b)
    {
        if (StandInMapping.MappedElsewhere<Person>(GetType()))
        {
            return;
        }

        b.ToTable("person_persons");
        b.HasKey(p => p.Id);
        b.Property(p => p.GivenNames).HasMaxLength(200);
        b.Property(p => p.FirstSurname).HasMaxLength(200);
        b.Property(p => p.SecondSurname).HasMaxLength(200);
        b.Property(p => p.Sex).HasConversion<string>().HasMaxLength(16);
        b.Property(p => p.CreatedByAgency).HasMaxLength(32);
        b.Property(p => p.Version).IsConcurrencyToken();
        b.Ignore(p => p.Aliases);
        b.Ignore(p => p.Nationalities);
        b.Ignore(p => p.Languages);
        b.Ignore(p => p.Documents);
        b.Ignore(p => p.FamilyLinks);
    }
}
