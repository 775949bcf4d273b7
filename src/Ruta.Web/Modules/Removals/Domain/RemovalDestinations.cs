using Microsoft.EntityFrameworkCore;
using Ruta.Web.Kernel.Domain;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Kernel.Persons;
using Ruta.Web.Kernel.ReferenceData;

namespace Ruta.Web.Modules.Removals.Domain;

/// <summary>
/// RET-05: a person is sent only to a country of which they are a national or where they reside
/// regularly (LM art. 119 fr. VI: INM "se cerciore" of it; art. 123: "al país de origen o de
/// residencia"). Nationality comes from the registry; residence from one of the person's identity
/// documents issued by that country and valid on the date, named by the officer.
/// </summary>
public static class RemovalDestinations
{
    public static async Task<(DestinationBasis Basis, Guid? DocumentId)> DecideAsync(RutaDbContext db, Guid personId, string destination,
        Guid? residenceDocumentId, DateOnly on, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var nationalities = await db.Set<PersonNationality>().AsNoTracking().Where(n => n.PersonId == personId)
            .Select(n => n.CountryCode).ToListAsync(ct);
        if (residenceDocumentId is null && nationalities.Contains(destination, StringComparer.Ordinal))
        {
            return (DestinationBasis.Nationality, null);
        }

        var name = CountryName(destination);
        if (residenceDocumentId is { } documentId)
        {
            var document = await db.Set<IdentityDocument>().AsNoTracking()
                .Where(d => d.Id == documentId && d.PersonId == personId)
                .Select(d => new { d.IssuingCountry, d.ExpiryDate, d.Number })
                .FirstOrDefaultAsync(ct);
            if (document is null)
            {
                throw Refusal($"El documento indicado no es de esta persona: no acredita residencia en {name}.");
            }

            if (document.IssuingCountry != destination)
            {
                throw Refusal($"El documento {document.Number} lo expidió {CountryName(document.IssuingCountry)}, no {name}: no acredita residencia allí.");
            }

            if (document.ExpiryDate is { } expiry && expiry < on)
            {
                throw Refusal($"El documento {document.Number} venció el {expiry:yyyy-MM-dd}: no acredita residencia regular en {name} el {on:yyyy-MM-dd}.");
            }

            return (DestinationBasis.ResidenceDocument, documentId);
        }

        var known = nationalities.Count == 0 ? "ninguna registrada" : string.Join(", ", nationalities.Select(CountryName));
        throw Refusal($"{name} no es país de nacionalidad de la persona (nacionalidades: {known}) y no se indicó un documento que acredite " +
            "su residencia regular allí. Solo puede enviarse al país de nacionalidad o de residencia regular.");
    }

    public static string CountryName(string code) => Countries.Find(code) is { } country ? $"{country.NameEs} ({country.Code})" : code;

    private static DomainRuleException Refusal(string message) =>
        new(RemovalRules.DestinationNotAllowed, message, RemovalRules.DestinationBasis, StatusCodes.Status422UnprocessableEntity);
}
