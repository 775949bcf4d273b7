using Microsoft.EntityFrameworkCore;
using Ruta.Web.Kernel.Documents;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Kernel.Persons;

namespace Ruta.Web.Modules.Children.Domain;

/// <summary>What happened when a TVRH was asked for one person.</summary>
/// <param name="Number">The new document's number, or the one the person already holds.</param>
/// <param name="AlreadyHeld">The person already holds a valid TVRH of another procedure (LM art. 61: one condition at a time).</param>
public sealed record TvrhOutcome(Guid PersonId, Guid DocumentId, string Number, bool AlreadyHeld);

/// <summary>
/// Issues the TVRH of a child's case (LM art. 52 fr. V inciso b): at once, with no document and no
/// fee required — the request carries neither —, showing the CURP when there is one and the
/// humanitarian reason. A valid TVRH of a child's case is renewed (replaced); a valid TVRH of another
/// procedure (an asylum claim) is kept.
/// </summary>
public static class ChildTvrh
{
    /// <summary>The default last day: the law sets none (LM art. 74 párr. segundo), Ruta prints one year and INM renews.</summary>
    public static DateOnly DefaultValidUntil(DateOnly today) => today.AddDays(ChildRules.TvrhDefaultValidityDays - 1);

    public static async Task<TvrhOutcome> IssueAsync(DocumentIssuer issuer, RutaDbContext db, ChildCase child, Guid personId, DateOnly today,
        DateOnly? validUntil, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(issuer);
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(child);
        child.EnsureTvrhHolder(personId);
        var held = await db.Set<IssuedDocument>().AsNoTracking()
            .Where(d => d.HolderPersonId == personId && d.Type == DocumentType.HumanitarianVisitorCard && d.Status == DocumentStatus.Valid
                && (d.ValidUntil == null || d.ValidUntil >= today))
            .OrderByDescending(d => d.IssuedAt)
            .Select(d => new { d.Id, d.Number, d.CaseType })
            .FirstOrDefaultAsync(ct);
        if (held is not null && held.CaseType != ChildRules.CaseType)
        {
            return new TvrhOutcome(personId, held.Id, held.Number, AlreadyHeld: true);
        }

        var curp = await db.Set<Person>().AsNoTracking().Where(p => p.Id == personId).Select(p => p.Curp).FirstOrDefaultAsync(ct);
        var reason = personId == child.PersonId
            ? "Razón humanitaria: niña, niño o adolescente migrante (LM art. 52 fr. V inciso b)."
            : "Razón humanitaria: persona adulta a cargo del cuidado de niña, niño o adolescente migrante (LM art. 52 fr. V inciso b, párrafo cuarto).";
        var description = $"{reason} CURP: {curp ?? "en trámite"}. Vigente hasta que se concrete el acto administrativo migratorio " +
            "que dicte las medidas de protección especial (LM art. 74 párr. segundo); se renueva mientras tanto.";
        var request = new IssueDocumentRequest(DocumentType.HumanitarianVisitorCard, personId, today, validUntil ?? DefaultValidUntil(today),
            ChildRules.CaseType, child.Id, description);
        var document = held is null
            ? await issuer.IssueAsync(request, ct)
            : (await issuer.ReplaceAsync(held.Id, request, "Renovación de la TVRH mientras se concreta el acto migratorio (LM art. 74)", ct))!;
        child.TvrhIssued(personId, document.Number, new ChildActor(document.IssuedAt, document.IssuedByUserId, document.IssuedByName, document.IssuingAgency));
        return new TvrhOutcome(personId, document.Id, document.Number, AlreadyHeld: false);
    }
}
