using Microsoft.EntityFrameworkCore;
using Ruta.Web.Kernel.Custody;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Kernel.Persons;

namespace Ruta.Web.Modules.Children.Domain;

/// <summary>
/// NNA-27: no child is ever admitted to a migration station — under 18, or of uncertain age and so
/// presumed a child. The migration module asks every <see cref="IStationAdmissionBar"/> before an
/// acuerdo de presentación; it also notifies the Procuraduría (its own act). The postponement of
/// the presentation of the adults caring for children (LM art. 98 párr. tercero) stays with that module.
/// </summary>
public sealed class ChildStationBar(RutaDbContext db) : IStationAdmissionBar
{
    public const string LegalBasis = "LM arts. 68 párr. segundo y 99 párr. tercero; LM art. 3 fr. XVI";

    public async Task<AdmissionBar?> EvaluateAsync(Guid personId, DateTime at, CancellationToken cancellationToken)
    {
        var person = await db.Set<Person>().AsNoTracking().Where(p => p.Id == personId)
            .Select(p => new { p.BirthDate, p.BirthDateEstimated }).FirstOrDefaultAsync(cancellationToken);
        if (person is null || !Person.IsChildOn(person.BirthDate, person.BirthDateEstimated, Kernel.Calendar.MexicoCity.DateOf(at)))
        {
            return null;
        }

        return new AdmissionBar(ChildRules.NeverInStation, LegalBasis,
            "Es niña, niño o adolescente (o se presume que lo es): en ningún caso se presenta ni se aloja en una estación migratoria. " +
            "Notifique a la Procuraduría de Protección y canalice al Sistema DIF.");
    }
}
