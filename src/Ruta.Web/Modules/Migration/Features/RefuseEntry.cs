using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.Agencies;
using Ruta.Web.Kernel.Calendar;
using Ruta.Web.Kernel.Domain;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Kernel.Persons;
using Ruta.Web.Kernel.ReferenceData;
using Ruta.Web.Kernel.Removal;
using Ruta.Web.Kernel.Web;
using Ruta.Web.Modules.Migration.Domain;

namespace Ruta.Web.Modules.Migration.Features;

/// <summary>
/// A refusal of entry ("rechazo") at a filter: a written, reasoned record (the articles applied and
/// the facts; LM arts. 86 and 88) that asks the removal guard for a border-rejection first. When the
/// guard blocks (a person who asked for asylum, a child, a refugee…) the answer is kept and audited
/// and the refusal is refused with every block and its legal basis (409); nothing else is written.
/// When it allows, the check and the refusal are saved together and the database ties them
/// (composite foreign key to the allowed check).
/// </summary>
public static class RefuseEntry
{
    public sealed record Request(Guid? PersonId, Guid? PointId, DateTimeOffset? OccurredAt, TravelDocument? Document, string? LegalGrounds,
        string? Reasons);

    public sealed record Row(Guid Id, Guid PersonId, Guid PointId, string PointName, DateTime OccurredAt, IdentityDocumentType? DocumentType,
        string? DocumentNumber, string? DocumentCountry, string LegalGrounds, string Reasons, Guid CheckId, DateTime CreatedAt);

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator(DateTimeOffset now)
        {
            RuleFor(r => r.PersonId).NotEmpty().WithMessage("Elija a la persona en el registro.");
            RuleFor(r => r.PointId).NotEmpty().WithMessage("Elija el punto de internación.");
            RuleFor(r => r.OccurredAt).NotNull().WithMessage("Indique la fecha y hora.")
                .Must(d => d is null || d <= now.AddMinutes(5)).WithMessage("La fecha no puede ser posterior a este momento.")
                .Must(d => d is null || MexicoCity.DateOf(d.Value) >= MexicanHolidays.FirstSupportedDate)
                .WithMessage($"La fecha debe ser posterior al {MexicanHolidays.FirstSupportedDate:yyyy-MM-dd}.");
            // MIG-03: written and reasoned: the articles and the facts.
            RuleFor(r => r.LegalGrounds).NotEmpty().WithMessage("Indique el fundamento legal del rechazo (ley y artículos).")
                .MaximumLength(MigrationRules.ShortTextMax).WithMessage($"Máximo {MigrationRules.ShortTextMax} caracteres.");
            RuleFor(r => r.Reasons).NotEmpty().WithMessage("Escriba la motivación del rechazo: los hechos que encuadran en esos artículos.")
                .MinimumLength(20).WithMessage("La motivación debe explicar los hechos (al menos 20 caracteres).")
                .MaximumLength(MigrationRules.TextMax).WithMessage($"Máximo {MigrationRules.TextMax} caracteres.");
            When(r => r.Document is not null, () =>
            {
                RuleFor(r => r.Document!.Type).Must(t => t is not null && RecordBorderCrossing.DocumentTypes.ContainsKey(t.Trim()))
                    .WithMessage("Tipo de documento desconocido.");
                RuleFor(r => r.Document!.Number).NotEmpty().WithMessage("Indique el número del documento.")
                    .MaximumLength(64).WithMessage("Máximo 64 caracteres.");
                RuleFor(r => r.Document!.IssuingCountry).Must(c => Countries.Find(c) is not null)
                    .WithMessage("País emisor desconocido (ISO 3166-1 alfa-3).");
            });
        }
    }

    public sealed class Handler(RutaDbContext db, ICurrentUser user, TimeProvider clock, RemovalGuard guard)
    {
        /// <exception cref="DomainRuleException">The removal guard blocks a border rejection of this person (its answer is saved).</exception>
        public async Task<MigrationResult<Row>> HandleAsync(Request request, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(request);
            if (!MigrationAccess.IsInmCaseWorker(user.Principal))
            {
                return MigrationResult<Row>.Forbidden();
            }

            var validation = await new Validator(clock.GetUtcNow()).ValidateAsync(request, ct);
            if (!validation.IsValid)
            {
                return MigrationResult<Row>.Invalid(validation.ToFieldErrors());
            }

            if (await RecordBorderCrossing.PointErrorAsync(db, request.PointId!.Value, ct) is { } pointError)
            {
                return MigrationResult<Row>.Invalid("pointId", pointError);
            }

            if (await RecordBorderCrossing.PersonErrorAsync(db, request.PersonId!.Value, ct) is { } personError)
            {
                return MigrationResult<Row>.Invalid("personId", personError);
            }

            var occurredAt = request.OccurredAt!.Value.UtcDateTime;
            var on = MexicoCity.DateOf(occurredAt);
            var evaluation = (await guard.EvaluateAsync(request.PersonId!.Value, RemovalKind.BorderRejection, on, ct))!;
            var check = guard.Record(evaluation);
            if (!evaluation.Allowed)
            {
                // The attempt stays on record (removal_checks and the audit trail): oversight sees who tried to reject whom.
                await db.SaveChangesAsync(ct);
                var blocks = evaluation.Blocks;
                throw new DomainRuleException(string.Join(',', blocks.Select(b => b.Code).Distinct()),
                    "El rechazo en frontera está prohibido: " + string.Join(" ", blocks.Select(b => $"[{b.Code}] {b.Reason}")),
                    string.Join("; ", blocks.Select(b => b.LegalBasis).Distinct()));
            }

            var d = request.Document;
            var refusal = new EntryRefusal(request.PersonId.Value, request.PointId.Value, occurredAt, on,
                d is null ? null : RecordBorderCrossing.DocumentTypes[d.Type!.Trim()], d?.Number?.Trim(), d is null ? null : Countries.Find(d.IssuingCountry)!.Code,
                request.LegalGrounds!.Trim(), request.Reasons!.Trim(), check.CheckId, clock.GetUtcNow().UtcDateTime, user.UserId);
            db.Add(refusal);
            await db.SaveChangesAsync(ct);
            return MigrationResult<Row>.Ok((await LoadAsync(db, refusal.Id, ct))!);
        }
    }

    public static async Task<Row?> LoadAsync(RutaDbContext db, Guid id, CancellationToken ct) =>
        await db.Set<EntryRefusal>().AsNoTracking().Where(r => r.Id == id)
            .Select(r => new Row(r.Id, r.PersonId, r.PointOfficeId, db.Set<Office>().Where(o => o.Id == r.PointOfficeId).Select(o => o.Name).First(),
                r.OccurredAt, r.DocumentType, r.DocumentNumber, r.DocumentCountry, r.LegalGrounds, r.Reasons, r.CheckId, r.CreatedAt))
            .FirstOrDefaultAsync(ct);
}
