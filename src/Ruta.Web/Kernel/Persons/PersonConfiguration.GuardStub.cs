using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ruta.Web.Kernel.Persons;

/// <summary>
/// TEMPORARY (branch guard): the smallest mapping of <see cref="Person"/> the removal guard needs to
/// compile and be tested. The persons branch owns the real configuration; drop this file at merge.
/// </summary>
internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> b)
    {
        b.ToTable("person_persons");
        b.HasKey(p => p.Id);
        b.Property(p => p.Version).IsConcurrencyToken();
        b.Property(p => p.Sex).HasConversion<string>().HasMaxLength(16);
        b.Property(p => p.CreatedByAgency).HasMaxLength(32);
        b.Ignore(p => p.Aliases);
        b.Ignore(p => p.Nationalities);
        b.Ignore(p => p.Languages);
        b.Ignore(p => p.Documents);
        b.Ignore(p => p.FamilyLinks);
    }
}
