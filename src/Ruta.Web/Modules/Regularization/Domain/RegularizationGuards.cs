using Microsoft.EntityFrameworkCore;
using Ruta.Web.Kernel.Calendar;
using Ruta.Web.Kernel.Custody;
using Ruta.Web.Kernel.Documents;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Kernel.Removal;

namespace Ruta.Web.Modules.Regularization.Domain;

/// <summary>
/// Bars admission to a migration station (REG-02): "El Instituto no podrá presentar al extranjero que
/// acuda ante el mismo a solicitar la regularización de su situación migratoria" (LM art. 136 ¶1).
/// While the procedure is open (walk-in, or from a station once the exit permit let the person out);
/// after a refusal, dismissal or withdrawal, while the exit period of the order to leave runs (the
/// person may stay until its last day, LM art. 137 ¶3); after a grant, while the card is valid
/// (presentación is for whoever does not accredit a regular stay, LM arts. 3 fr. XXIV and 58–59).
/// Once the exit period ends without departure the bar lifts: that is a deportation ground (LM art. 144 fr. VI).
/// </summary>
public sealed class RegularizationAdmissionBar(RutaDbContext db) : IStationAdmissionBar
{
    public async Task<AdmissionBar?> EvaluateAsync(Guid personId, DateTime at, CancellationToken cancellationToken)
    {
        var day = MexicoCity.DateOf(at);
        var procedures = await db.Set<RegularizationProcedure>().AsNoTracking()
            .Where(p => p.PersonId == personId && p.Status != RegularizationStatus.Concluded)
            .Select(p => new { p.Id, p.Origin, p.Status, p.FiledOn, p.DepartureDueDate, p.GrantedDocumentId })
            .ToListAsync(cancellationToken);
        foreach (var p in procedures.OrderByDescending(p => p.FiledOn))
        {
            if (p.Status is RegularizationStatus.InProcedure or RegularizationStatus.PreventionPending)
            {
                return new AdmissionBar(RegularizationRules.StationBarWalkIn, RegularizationRules.WalkInBasis,
                    $"La persona tiene en trámite la regularización {p.Id} (presentada el {p.FiledOn:yyyy-MM-dd}): " +
                    "el INM no puede presentar a quien acude a regularizar su situación migratoria.");
            }

            if (p.Status == RegularizationStatus.DepartureOrdered && p.DepartureDueDate is { } due && day <= due)
            {
                return new AdmissionBar(RegularizationRules.StationBarDeparturePeriod, "LM arts. 136 párr. primero y 137 párr. tercero",
                    $"La persona tiene un oficio de salida del país con plazo hasta el {due:yyyy-MM-dd}: puede permanecer hasta ese día para salir.");
            }

            if (p.Status == RegularizationStatus.Granted && p.GrantedDocumentId is { } documentId)
            {
                var card = await db.Set<IssuedDocument>().AsNoTracking().Where(d => d.Id == documentId)
                    .Select(d => new { d.Number, d.Status, d.ValidFrom, d.ValidUntil }).FirstOrDefaultAsync(cancellationToken);
                if (card is not null && IssuedDocument.Validity(card.Status, card.ValidFrom, card.ValidUntil, day) == DocumentValidity.Valid)
                {
                    return new AdmissionBar(RegularizationRules.StationBarRegularStay, "LM arts. 3 fr. XXIV, 58 y 59",
                        $"La persona acredita su situación migratoria regular con la tarjeta {card.Number}, vigente.");
                }
            }
        }

        return null;
    }
}

/// <summary>
/// The removal guard's regularization rule (REG-15, registered as <see cref="Name"/>): no deportation
/// while a regularization is pending (the law gives a right to it, LM art. 133 ¶2, and forbids
/// presenting the applicant, art. 136), nor during the exit period of an order to leave (only its
/// breach makes the person deportable, arts. 137 ¶3 and 144 fr. VI). Assisted return, at the person's
/// express request (LM art. 119), is not blocked.
/// </summary>
public sealed class RegularizationRemovalRule(RutaDbContext db) : IRemovalRule
{
    public const string Name = "REGULARIZATION";

    public async Task<IReadOnlyList<RemovalBlock>> EvaluateAsync(Guid personId, RemovalKind kind, DateOnly on, CancellationToken cancellationToken)
    {
        if (kind != RemovalKind.Deportation)
        {
            return [];
        }

        var rows = await db.Set<RegularizationProcedure>().AsNoTracking()
            .Where(p => p.PersonId == personId && (p.Status == RegularizationStatus.ExitPermitDue || p.Status == RegularizationStatus.InProcedure
                || p.Status == RegularizationStatus.PreventionPending || p.Status == RegularizationStatus.DepartureOrdered))
            .Select(p => new { p.Id, p.Status, p.FiledOn, p.ResolvedOn, p.DepartureDueDate })
            .ToListAsync(cancellationToken);
        var blocks = new List<RemovalBlock>();
        foreach (var p in rows)
        {
            if (RegularizationTransitions.IsOpen(p.Status) && p.FiledOn <= on)
            {
                blocks.Add(new RemovalBlock(RegularizationRules.RemovalPending, RegularizationRules.RemovalBlockBasis,
                    $"Regularización {p.Id} en trámite desde el {p.FiledOn:yyyy-MM-dd}.", p.FiledOn, null));
            }
            else if (p.Status == RegularizationStatus.DepartureOrdered && p.DepartureDueDate is { } due && on <= due)
            {
                blocks.Add(new RemovalBlock(RegularizationRules.RemovalDeparturePeriod, "LM arts. 137 párr. tercero y 144 fr. VI",
                    $"Corre el plazo del oficio de salida hasta el {due:yyyy-MM-dd}: la persona puede salir por su cuenta.", p.ResolvedOn, due.AddDays(1)));
            }
        }

        return blocks;
    }
}
