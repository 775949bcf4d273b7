using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.Calendar;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Kernel.Persons;
using Ruta.Web.Kernel.Web;
using Ruta.Web.Modules.Removals.Domain;

namespace Ruta.Web.Modules.Removals.Features;

/// <summary>
/// POST /api/v1/migration/removals/amparos: records an amparo against a person's removal as the court
/// notified it. From then on the removal guard blocks every removal of the person (AMPARO_AGAINST_REMOVAL)
/// until the amparo is recorded as resolved; a scheduled removal it names is suspended in the same act.
/// An amparo may be filed at any time (Ley de Amparo arts. 17 fr. IV and 20), so it is recorded with no
/// If-Match on the removal: nothing must delay it.
/// </summary>
public static class RecordAmparo
{
    /// <param name="Suspension">"pending", "de-plano", "provisional" or "definitive".</param>
    public sealed record Request(Guid? PersonId, Guid? RemovalId, string? Court, string? CaseNumber, DateOnly? FiledOn, string? Suspension,
        DateOnly? SuspensionOn);

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator(DateOnly today)
        {
            RuleFor(r => r.PersonId).NotEmpty().When(r => r.RemovalId is null).WithMessage("Indique la persona o la salida contra la que se promovió.");
            RuleFor(r => r.Court).Text("Indique el juzgado que admitió el amparo.", 300);
            RuleFor(r => r.CaseNumber).Text("Indique el número de expediente del amparo.", 100);
            RuleFor(r => r.FiledOn).ActDate(today, "la fecha de presentación del amparo");
            RuleFor(r => r.Suspension).Must(s => s is null || Amparo.TryParse<AmparoSuspension>(s, out _))
                .WithMessage("Suspensión desconocida: pending, de-plano, provisional o definitive.");
            RuleFor(r => r.SuspensionOn).Must(d => d is null || d <= today).WithMessage("La fecha no puede ser posterior a hoy.");
        }
    }

    public sealed class Handler(RutaDbContext db, ICurrentUser user, TimeProvider clock)
    {
        public async Task<RemovalsResult<AmparoRow>> HandleAsync(Request request, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(request);
            if (!RemovalAccess.IsInmCaseWorker(user.Principal))
            {
                return RemovalsResult<AmparoRow>.Forbidden();
            }

            var today = MexicoCity.Today(clock);
            var validation = await new Validator(today).ValidateAsync(request, ct);
            if (!validation.IsValid)
            {
                return RemovalsResult<AmparoRow>.Invalid(validation.ToFieldErrors());
            }

            RemovalCase? removal = null;
            var personId = request.PersonId;
            if (request.RemovalId is { } removalId)
            {
                removal = await db.Set<RemovalCase>().FirstOrDefaultAsync(c => c.Id == removalId, ct);
                if (removal is null)
                {
                    return RemovalsResult<AmparoRow>.NotFound();
                }

                if (personId is { } given && given != removal.PersonId)
                {
                    return RemovalsResult<AmparoRow>.Invalid("personId", "La salida indicada es de otra persona.");
                }

                personId = removal.PersonId;
            }
            else if (!await db.Set<Person>().AnyAsync(p => p.Id == personId, ct))
            {
                return RemovalsResult<AmparoRow>.NotFound();
            }

            Amparo.TryParse<AmparoSuspension>(request.Suspension ?? "pending", out var suspension);
            var actor = new RemovalActor(clock.GetUtcNow().UtcDateTime, user.UserId, user.UserName, user.AgencyCode);
            var amparo = new Amparo(personId!.Value, removal?.Id, request.Court!.Trim(), request.CaseNumber!.Trim(), request.FiledOn!.Value,
                suspension, request.SuspensionOn, actor);
            removal?.Amparo(amparo.Id, $"Amparo {amparo.CaseNumber} ante {amparo.Court}, presentado el {amparo.FiledOn:yyyy-MM-dd} " +
                $"({Amparo.SuspensionLabel(suspension)}).", today, actor);
            db.Add(amparo);
            await db.SaveChangesAsync(ct);
            return RemovalsResult<AmparoRow>.Ok(GetRemoval.ToRow(amparo));
        }
    }
}
