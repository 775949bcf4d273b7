using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ruta.Web.Kernel.Persons;

/// <summary>Column limits shared by the EF mapping and the validators, so a value that passes validation always fits.</summary>
public static class PersonLimits
{
    public const int Name = 100;
    public const int Alias = 150;
    public const int MaxAliases = 10;
    public const int MaxNationalities = 5;
    public const int MaxLanguages = 10;
    public const int MaxDocuments = 10;
    public const int DocumentNumber = 30;
    public const int Email = 254;

    /// <summary>E.164: "+" and at most 15 digits.</summary>
    public const int Phone = 16;

    /// <summary>Longest phone number accepted as typed (spaces, dashes, parentheses) before it is parsed.</summary>
    public const int PhoneAsTyped = 30;
    public const int Address = 300;

    /// <summary>
    /// Names plus aliases, folded. Kept under PostgreSQL's b-tree entry limit (2704 bytes) so the
    /// index on it never refuses a row; the folded text is ASCII.
    /// </summary>
    public const int SearchName = 2000;
    public const int CountryCode = 3;
    public const int LanguageCode = 3;
    public static readonly DateOnly EarliestBirthDate = new(1900, 1, 1);
}

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> b)
    {
        b.ToTable("person_persons");
        b.HasKey(p => p.Id);

        // Ids are Guid v7 set in code. Declared so, EF treats a row that appears in a list (a new
        // document, alias) as an insert; with a "generated" key it would try to update it.
        b.Property(p => p.Id).ValueGeneratedNever();
        b.Property(p => p.GivenNames).HasMaxLength(PersonLimits.Name);
        b.Property(p => p.FirstSurname).HasMaxLength(PersonLimits.Name);
        b.Property(p => p.SecondSurname).HasMaxLength(PersonLimits.Name);
        b.Property(p => p.Sex).HasConversion<string>().HasMaxLength(16);
        b.Property(p => p.Curp).HasMaxLength(Identification.Curp.Length);
        b.Property(p => p.PreferredLanguage).HasMaxLength(PersonLimits.LanguageCode);
        b.Property(p => p.Phone).HasMaxLength(PersonLimits.Phone);
        b.Property(p => p.Email).HasMaxLength(PersonLimits.Email);
        b.Property(p => p.Address).HasMaxLength(PersonLimits.Address);

        // Bit flags stay an integer: as a string ("Pregnant, Disability") they could not be filtered in SQL.
        b.Property(p => p.Vulnerabilities).HasConversion<int>();
        b.Property(p => p.SearchName).HasMaxLength(PersonLimits.SearchName).IsRequired();
        b.Property(p => p.CreatedByAgency).HasMaxLength(32).IsRequired();
        b.Property(p => p.Version).IsConcurrencyToken();
        b.Ignore(p => p.FullName);

        b.HasIndex(p => p.SearchName);
        b.HasIndex(p => p.BirthDate);

        // One person, one CURP: a second record with the same key is a duplicate to merge, not a new person.
        b.HasIndex(p => p.Curp).IsUnique().HasFilter("\"Curp\" IS NOT NULL");

        b.HasMany(p => p.Aliases).WithOne().HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(p => p.Nationalities).WithOne().HasForeignKey(n => n.PersonId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(p => p.Languages).WithOne().HasForeignKey(l => l.PersonId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(p => p.Documents).WithOne().HasForeignKey(d => d.PersonId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(p => p.FamilyLinks).WithOne().HasForeignKey(l => l.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PersonAliasConfiguration : IEntityTypeConfiguration<PersonAlias>
{
    public void Configure(EntityTypeBuilder<PersonAlias> b)
    {
        b.ToTable("person_aliases");
        b.HasKey(a => a.Id);
        b.Property(a => a.Id).ValueGeneratedNever();
        b.Property(a => a.Name).HasMaxLength(PersonLimits.Alias).IsRequired();
    }
}

internal sealed class PersonNationalityConfiguration : IEntityTypeConfiguration<PersonNationality>
{
    public void Configure(EntityTypeBuilder<PersonNationality> b)
    {
        b.ToTable("person_nationalities");
        b.HasKey(n => new { n.PersonId, n.CountryCode });
        b.Property(n => n.CountryCode).HasMaxLength(PersonLimits.CountryCode);
        b.HasIndex(n => n.CountryCode);
    }
}

internal sealed class PersonLanguageConfiguration : IEntityTypeConfiguration<PersonLanguage>
{
    public void Configure(EntityTypeBuilder<PersonLanguage> b)
    {
        b.ToTable("person_languages");
        b.HasKey(l => new { l.PersonId, l.LanguageCode });
        b.Property(l => l.LanguageCode).HasMaxLength(PersonLimits.LanguageCode);
    }
}

internal sealed class IdentityDocumentConfiguration : IEntityTypeConfiguration<IdentityDocument>
{
    public void Configure(EntityTypeBuilder<IdentityDocument> b)
    {
        b.ToTable("person_documents");
        b.HasKey(d => d.Id);
        b.Property(d => d.Id).ValueGeneratedNever();
        b.Property(d => d.Type).HasConversion<string>().HasMaxLength(32);
        b.Property(d => d.Number).HasMaxLength(PersonLimits.DocumentNumber).IsRequired();
        b.Property(d => d.IssuingCountry).HasMaxLength(PersonLimits.CountryCode).IsRequired();

        // Number first: officers search by the number alone; the full key (type, number, issuer) uses it too.
        // Not unique: the same passport on two records is a duplicate that search must surface, not hide.
        b.HasIndex(d => new { d.Number, d.Type, d.IssuingCountry });
    }
}

internal sealed class FamilyLinkConfiguration : IEntityTypeConfiguration<FamilyLink>
{
    public void Configure(EntityTypeBuilder<FamilyLink> b)
    {
        b.ToTable("person_family_links");
        b.HasKey(l => new { l.PersonId, l.RelativeId, l.Kind });
        b.Property(l => l.Kind).HasConversion<string>().HasMaxLength(32);
        b.HasOne<Person>().WithMany().HasForeignKey(l => l.RelativeId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(l => l.RelativeId);
    }
}
