using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.Calendar;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Kernel.Web;
using Ruta.Web.Modules.Removals.Domain;

namespace Ruta.Web.Modules.Removals.Features;

/// <summary>
/// The acts on a recorded amparo (If-Match required): the court's ruling on the suspension, and the end
/// of the amparo as far as the removal goes (suspension lifted, denied, dismissed, granted). Once
/// resolved it no longer blocks; a granted amparo cancels the removal it was filed against.
/// </summary>
public static class ResolveAmparo
{
    public sealed record SuspensionRequest(string? Suspension, DateOnly? SuspensionOn);

    /// <param name="Outcome">"suspension-lifted", "denied", "dismissed" or "granted".</param>
    public sealed record Request(string? Outcome, DateOnly? ResolvedOn, string? Notes);

    public sealed class SuspensionValidator : AbstractValidator<SuspensionRequest>
    {
        public SuspensionValidator(DateOnly today)
        {
            RuleFor(r => r.Suspension).Must(s => Amparo.TryParse<AmparoSuspension>(s, out _))
                .WithMessage("Suspensión desconocida: pending, de-plano, provisional o definitive.");
            RuleFor(r => r.SuspensionOn).ActDate(today, "la fecha del acuerdo de suspensión");
        }
    }

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator(DateOnly today)
        {
            RuleFor(r => r.Outcome).Must(o => Amparo.TryParse<AmparoOutcome>(o, out _))
                .WithMessage("Indique cómo se resolvió: suspension-lifted, denied, dismissed o granted.");
            RuleFor(r => r.ResolvedOn).ActDate(today, "la fecha de la resolución");
            RuleFor(r => r.Notes).MaximumLength(RemovalRules.Text).WithMessage($"Máximo {RemovalRules.Text} caracteres.");
        }
    }

    public sealed class Handler(RutaDbContext db, ICurrentUser user, TimeProvider clock)
    {
        public async Task<RemovalsResult<AmparoRow>> GetAsync(Guid id, CancellationToken ct)
        {
            if (!RemovalAccess.CanRead(user.Principal))
            {
                return RemovalsResult<AmparoRow>.Forbidden();
            }

            return await db.Set<Amparo>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct) is { } amparo
                ? RemovalsResult<AmparoRow>.Ok(GetRemoval.ToRow(amparo))
                : RemovalsResult<AmparoRow>.NotFound();
        }

        public Task<RemovalsResult<AmparoRow>> RecordSuspensionAsync(Guid id, int? expectedVersion, SuspensionRequest request, CancellationToken ct) =>
            ActAsync(id, expectedVersion, request, new SuspensionValidator(MexicoCity.Today(clock)), (amparo, _) =>
            {
                Amparo.TryParse<AmparoSuspension>(request.Suspension, out var suspension);
                amparo.RecordSuspension(suspension, request.SuspensionOn!.Value);
                return Task.CompletedTask;
            }, ct);

        public Task<RemovalsResult<AmparoRow>> ResolveAsync(Guid id, int? expectedVersion, Request request, CancellationToken ct) =>
            ActAsync(id, expectedVersion, request, new Validator(MexicoCity.Today(clock)), async (amparo, actor) =>
            {
                Amparo.TryParse<AmparoOutcome>(request.Outcome, out var outcome);
                var notes = string.IsNullOrWhiteSpace(request.Notes) ? null : request.Notes.Trim();
                amparo.Resolve(outcome, request.ResolvedOn!.Value, notes);
                if (outcome == AmparoOutcome.Granted && amparo.RemovalId is { } removalId
                    && await db.Set<RemovalCase>().FirstOrDefaultAsync(c => c.Id == removalId, ct) is { } removal
                    && removal.CanFire(RemovalTrigger.Cancel))
                {
                    removal.Cancel(request.ResolvedOn!.Value, $"Amparo {amparo.CaseNumber} concedido por {amparo.Court}." +
                        (notes is null ? "" : " " + notes), actor);
                }
            }, ct);

        private async Task<RemovalsResult<AmparoRow>> ActAsync<TRequest>(Guid id, int? expectedVersion, TRequest request,
            IValidator<TRequest> validator, Func<Amparo, RemovalActor, Task> act, CancellationToken ct)
        {
            if (!RemovalAccess.IsInmCaseWorker(user.Principal))
            {
                return RemovalsResult<AmparoRow>.Forbidden();
            }

            if (expectedVersion is null)
            {
                return RemovalsResult<AmparoRow>.PreconditionRequired();
            }

            var amparo = await db.Set<Amparo>().FirstOrDefaultAsync(a => a.Id == id, ct);
            if (amparo is null)
            {
                return RemovalsResult<AmparoRow>.NotFound();
            }

            if (expectedVersion != amparo.Version)
            {
                return RemovalsResult<AmparoRow>.Stale();
            }

            var validation = await validator.ValidateAsync(request, ct);
            if (!validation.IsValid)
            {
                return RemovalsResult<AmparoRow>.Invalid(validation.ToFieldErrors());
            }

            try
            {
                await act(amparo, new RemovalActor(clock.GetUtcNow().UtcDateTime, user.UserId, user.UserName, user.AgencyCode));
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                return RemovalsResult<AmparoRow>.Stale();
            }

            return RemovalsResult<AmparoRow>.Ok(GetRemoval.ToRow(amparo));
        }
    }
}
