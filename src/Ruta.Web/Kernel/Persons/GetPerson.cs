using Microsoft.EntityFrameworkCore;
using Ruta.Web.Kernel.Calendar;
using Ruta.Web.Kernel.Persistence;

namespace Ruta.Web.Kernel.Persons;

/// <summary>A person's record as the API and the detail page show it.</summary>
/// <param name="Version">The record's version: the ETag, and the hidden field of the edit form.</param>
/// <param name="Age">Whole years today (Mexico City date), null without a birth date.</param>
/// <param name="IsChild">Treated as a child today: under 18 or of doubtful age (<see cref="Person.IsChildOn(DateOnly)"/>).</param>
public sealed record PersonView(
    Guid Id,
    int Version,
    string? GivenNames,
    string? FirstSurname,
    string? SecondSurname,
    string FullName,
    Sex Sex,
    DateOnly? BirthDate,
    bool BirthDateEstimated,
    int? Age,
    bool IsChild,
    IReadOnlyList<string> Nationalities,
    bool IsStateless,
    IReadOnlyList<string> Languages,
    string? PreferredLanguage,
    bool NeedsInterpreter,
    string? Curp,
    string? Phone,
    string? Email,
    string? Address,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<DocumentView> Documents,
    IReadOnlyList<Vulnerabilities> Vulnerabilities,
    bool IsArchived,
    DateTime CreatedAt,
    string CreatedByAgency,
    IReadOnlyList<FamilyLinkView> FamilyLinks)
{
    /// <summary>The record as data, to pre-fill the edit form.</summary>
    public PersonData ToData() => new()
    {
        GivenNames = GivenNames,
        FirstSurname = FirstSurname,
        SecondSurname = SecondSurname,
        Sex = Sex,
        BirthDate = BirthDate,
        BirthDateEstimated = BirthDateEstimated,
        Nationalities = [.. Nationalities],
        IsStateless = IsStateless,
        Languages = [.. Languages],
        PreferredLanguage = PreferredLanguage,
        NeedsInterpreter = NeedsInterpreter,
        Curp = Curp,
        Phone = Phone,
        Email = Email,
        Address = Address,
        Aliases = [.. Aliases],
        Documents = Documents.Select(d => (DocumentData?)new DocumentData { Type = d.Type, Number = d.Number, IssuingCountry = d.IssuingCountry, ExpiryDate = d.ExpiryDate }).ToList(),
        Vulnerabilities = Vulnerabilities,
    };
}

public sealed record DocumentView(IdentityDocumentType Type, string Number, string IssuingCountry, DateOnly? ExpiryDate);

/// <summary>"<see cref="RelativeName"/> is the person's <see cref="Kind"/>".</summary>
public sealed record FamilyLinkView(Guid RelativeId, FamilyRelation Kind, string RelativeName, bool RelativeIsArchived);

/// <summary>Reads one person with documents and family links. Archived persons are still found here: their record remains.</summary>
public static class GetPerson
{
    public sealed class Handler(RutaDbContext db, TimeProvider clock)
    {
        public async Task<PersonView?> HandleAsync(Guid id, CancellationToken ct)
        {
            var p = await db.Set<Person>().AsNoTracking()
                .Where(p => p.Id == id)
                .Select(p => new
                {
                    p.Id, p.Version, p.GivenNames, p.FirstSurname, p.SecondSurname, p.Sex, p.BirthDate, p.BirthDateEstimated,
                    Nationalities = p.Nationalities.Select(n => n.CountryCode).ToList(),
                    p.IsStateless,
                    Languages = p.Languages.Select(l => l.LanguageCode).ToList(),
                    p.PreferredLanguage, p.NeedsInterpreter, p.Curp, p.Phone, p.Email, p.Address,
                    Aliases = p.Aliases.Select(a => a.Name).ToList(),
                    Documents = p.Documents.Select(d => new DocumentView(d.Type, d.Number, d.IssuingCountry, d.ExpiryDate)).ToList(),
                    p.Vulnerabilities, p.IsArchived, p.CreatedAt, p.CreatedByAgency,
                })
                .AsSplitQuery()
                .FirstOrDefaultAsync(ct);
            if (p is null)
            {
                return null;
            }

            var today = MexicoCity.Today(clock);
            return new PersonView(p.Id, p.Version, p.GivenNames, p.FirstSurname, p.SecondSurname,
                PersonLabels.FullName(p.GivenNames, p.FirstSurname, p.SecondSurname), p.Sex, p.BirthDate, p.BirthDateEstimated,
                Person.AgeOn(p.BirthDate, today), Person.IsChildOn(p.BirthDate, p.BirthDateEstimated, today),
                [.. p.Nationalities.Order(StringComparer.Ordinal)], p.IsStateless, [.. p.Languages.Order(StringComparer.Ordinal)],
                p.PreferredLanguage, p.NeedsInterpreter, p.Curp, p.Phone, p.Email, p.Address,
                [.. p.Aliases.Order(StringComparer.Ordinal)],
                [.. p.Documents.OrderBy(d => d.Type).ThenBy(d => d.Number, StringComparer.Ordinal)],
                PersonVulnerabilities.Split(p.Vulnerabilities), p.IsArchived, p.CreatedAt, p.CreatedByAgency,
                await FamilyLinksAsync(db, id, ct));
        }
    }

    /// <summary>The person's relatives, parents first, then children, partners, siblings, others, guardians, wards.</summary>
    public static async Task<IReadOnlyList<FamilyLinkView>> FamilyLinksAsync(RutaDbContext db, Guid personId, CancellationToken ct)
    {
        var links = await (
                from link in db.Set<FamilyLink>().AsNoTracking()
                where link.PersonId == personId
                join relative in db.Set<Person>() on link.RelativeId equals relative.Id
                select new { link.RelativeId, link.Kind, relative.GivenNames, relative.FirstSurname, relative.SecondSurname, relative.SearchName, relative.IsArchived })
            .ToListAsync(ct);
        return links
            .OrderBy(l => l.Kind).ThenBy(l => l.SearchName, StringComparer.Ordinal).ThenBy(l => l.RelativeId)
            .Select(l => new FamilyLinkView(l.RelativeId, l.Kind, PersonLabels.FullName(l.GivenNames, l.FirstSurname, l.SecondSurname), l.IsArchived))
            .ToList();
    }
}
