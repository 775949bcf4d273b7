using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.Agencies;
using Ruta.Web.Kernel.Calendar;
using Ruta.Web.Kernel.Notices;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Modules.Children.Domain;

namespace Ruta.Web.Modules.Children.Features;

/// <summary>
/// The authority puts the child at the disposal of a DIF system (national, state or municipal) and
/// issues the acta de canalización recording the notice to the Procuraduría and the canalization
/// (LM art. 112 fr. I párr. tercero); DIF receives an oficio de canalización. Any authority that may
/// identify children canalizes them; DIF then places them in a care centre (<see cref="PlaceChild"/>).
/// </summary>
public static class CanalizeChild
{
    public sealed record Request(Guid? DifOfficeId);

    public sealed class Handler(CaseActs acts)
    {
        public Task<ChildResult<CaseState>> HandleAsync(Guid caseId, int? expectedVersion, Request request, CancellationToken ct) =>
            acts.RunAsync(caseId, expectedVersion, ChildAccess.CanIdentify, ChildTrigger.Canalize, null, async child =>
            {
                var dif = request.DifOfficeId is { } id
                    ? await acts.Db.Set<Office>().AsNoTracking().FirstOrDefaultAsync(o => o.Id == id && o.AgencyCode == AgencyCodes.Dif && o.IsActive, ct)
                    : null;
                if (dif is null)
                {
                    throw new ChildInputException("difOfficeId", "Elija un Sistema DIF (nacional, estatal o municipal) activo.");
                }

                // The authority that met the child canalizes it; INM, the Procuraduría and DIF may do it for any case.
                var agency = acts.User.AgencyCode();
                if (agency != child.IdentifiedByAgency && agency is not (AgencyCodes.Inm or AgencyCodes.ChildProtectionOffice or AgencyCodes.Dif))
                {
                    throw new Kernel.Domain.DomainRuleException(ChildRules.NotYourCase,
                        "Canaliza la autoridad que identificó a la niña, niño o adolescente, el INM, la Procuraduría o el DIF.",
                        ChildRules.CanalizationBasis, StatusCodes.Status403Forbidden);
                }

                await CanalizeAsync(acts.Db, acts.Notices, child, dif, acts.Actor(), ct);
                return null;
            }, ct);
    }

    /// <summary>Canalizes in the current unit of work (without saving): the acta number and, unless DIF canalizes, the oficio to DIF.</summary>
    public static async Task CanalizeAsync(RutaDbContext db, NoticeSender notices, ChildCase child, Office dif, ChildActor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(notices);
        ArgumentNullException.ThrowIfNull(child);
        ArgumentNullException.ThrowIfNull(dif);
        ArgumentNullException.ThrowIfNull(actor);
        child.EnsureAllowed(ChildTrigger.Canalize);
        if (child.CanalizedAt is not null)
        {
            // Refused by the domain with its legal basis, before a number is taken.
            child.Canalize(dif.Id, "", null, actor);
        }

        var agency = actor.Agency ?? "";
        var year = MexicoCity.DateOf(actor.Now).Year;
        var sequence = await AtomicCounters.TakeAsync<CanalizationActCounter>(db, nameof(CanalizationActCounter.Next), [agency, year], ct);
        var acta = string.Create(CultureInfo.InvariantCulture, $"ACTA-NNA-{agency}-{year:D4}-{sequence:D6}");
        string? folio = null;
        if (agency != AgencyCodes.Dif)
        {
            var notice = await notices.SendAsync(new NewNotice(AgencyCodes.Dif, NoticeTypes.ChildCanalized,
                "Canalización de niña, niño o adolescente migrante al Sistema DIF",
                $"Con fundamento en el artículo 112 fracción I de la Ley de Migración, se pone a disposición de {dif.Name} a la niña, niño o " +
                $"adolescente señalado en este oficio, {ChildCase.AccompanimentLabel(child.Accompaniment)}, identificado el " +
                $"{MexicoTime.LongDateTime(child.IdentifiedAt)}. La Procuraduría de Protección fue notificada" +
                $"{(child.NoticeFolio is null ? "" : $" con el oficio {child.NoticeFolio}")}. Acta de canalización {acta}.\n\n" +
                "Se solicita su alojamiento en un Centro de Asistencia Social o albergue del Sistema DIF, nunca en una estación migratoria, " +
                "respetando la unidad familiar y la separación de personas adultas que corresponda (LGDNNA arts. 94 y 95). Caso: " + child.Id + ".",
                ChildRules.CanalizationBasis, child.PersonId, ChildRules.CaseType, child.Id, dif.Id), ct);
            folio = notice.Folio;
        }

        child.Canalize(dif.Id, acta, folio, actor);
    }
}
