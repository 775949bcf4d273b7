using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.Agencies;
using Ruta.Web.Kernel.Calendar;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Kernel.Persons;
using Ruta.Web.Kernel.ReferenceData;
using Ruta.Web.Kernel.Web;
using Ruta.Web.Modules.Migration.Domain;

namespace Ruta.Web.Modules.Migration.Features;

/// <summary>The travel document shown at the filter.</summary>
/// <param name="Type">passport, national-id-card, birth-certificate, consular-id, travel-document or other.</param>
/// <param name="IssuingCountry">ISO 3166-1 alpha-3.</param>
public sealed record TravelDocument(string? Type, string? Number, string? IssuingCountry);

/// <summary>
/// Control migratorio: registers an entry or an exit at an INM filter (LM arts. 81 and 37): the travel
/// document and, for an entry, the condition of stay (LM art. 52). A person who asks for asylum at
/// the filter is registered entering to the asylum procedure, with or without documents, and the
/// oficio to COMAR goes at once (LRPCAP art. 21); from that moment the removal guard refuses a
/// rejection at the border for them (ASYLUM_REQUESTED).
/// </summary>
public static class RecordBorderCrossing
{
    /// <param name="Direction">"entry" or "exit".</param>
    /// <param name="ConditionOfStay">For an entry without asylum: see <see cref="Conditions"/>.</param>
    /// <param name="AskedForAsylum">The person asked for asylum at the filter (entries only).</param>
    public sealed record Request(Guid? PersonId, Guid? PointId, string? Direction, DateTimeOffset? OccurredAt, TravelDocument? Document,
        string? ConditionOfStay, bool AskedForAsylum);

    public sealed record Row(Guid Id, Guid PersonId, Guid PointId, string PointName, CrossingDirection Direction, DateTime OccurredAt,
        IdentityDocumentType? DocumentType, string? DocumentNumber, string? DocumentCountry, ConditionOfStay? ConditionOfStay, bool AskedForAsylum,
        Guid? AsylumNoticeId, string? AsylumNoticeFolio, DateTime CreatedAt);

    public static readonly IReadOnlyDictionary<string, CrossingDirection> Directions =
        new Dictionary<string, CrossingDirection>(StringComparer.OrdinalIgnoreCase) { ["entry"] = CrossingDirection.Entry, ["exit"] = CrossingDirection.Exit };

    public static readonly IReadOnlyDictionary<string, ConditionOfStay> Conditions =
        Enum.GetValues<ConditionOfStay>().ToDictionary(c => System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(c.ToString()), c => c,
            StringComparer.OrdinalIgnoreCase);

    public static readonly IReadOnlyDictionary<string, IdentityDocumentType> DocumentTypes =
        Enum.GetValues<IdentityDocumentType>().ToDictionary(c => System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(c.ToString()), c => c,
            StringComparer.OrdinalIgnoreCase);

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator(DateTimeOffset now)
        {
            RuleFor(r => r.PersonId).NotEmpty().WithMessage("Elija a la persona en el registro.");
            RuleFor(r => r.PointId).NotEmpty().WithMessage("Elija el punto de internación.");
            RuleFor(r => r.Direction).NotEmpty().WithMessage("Indique entry (entrada) o exit (salida).")
                .Must(d => d is null || Directions.ContainsKey(d.Trim())).WithMessage("Indique entry (entrada) o exit (salida).");
            RuleFor(r => r.OccurredAt).NotNull().WithMessage("Indique la fecha y hora.")
                .Must(d => d is null || d <= now.AddMinutes(5)).WithMessage("La fecha no puede ser posterior a este momento.")
                .Must(d => d is null || MexicoCity.DateOf(d.Value) >= MexicanHolidays.FirstSupportedDate)
                .WithMessage($"La fecha debe ser posterior al {MexicanHolidays.FirstSupportedDate:yyyy-MM-dd}.");
            RuleFor(r => r.AskedForAsylum).Equal(false).When(r => IsExit(r.Direction))
                .WithMessage("La solicitud de refugio se registra con la entrada de la persona.");
            // MIG-01: a regular crossing shows its document; MIG-02: a person asking for asylum needs none.
            RuleFor(r => r.Document).NotNull().When(r => !r.AskedForAsylum).WithMessage("Registre el documento de viaje presentado.");
            When(r => r.Document is not null, () =>
            {
                RuleFor(r => r.Document!.Type).Must(t => t is not null && DocumentTypes.ContainsKey(t.Trim()))
                    .WithMessage("Tipo de documento desconocido.");
                RuleFor(r => r.Document!.Number).NotEmpty().WithMessage("Indique el número del documento.")
                    .MaximumLength(64).WithMessage("Máximo 64 caracteres.");
                RuleFor(r => r.Document!.IssuingCountry).Must(c => Countries.Find(c) is not null)
                    .WithMessage("País emisor desconocido (ISO 3166-1 alfa-3).");
            });
            RuleFor(r => r.ConditionOfStay).NotEmpty().When(r => !r.AskedForAsylum && !IsExit(r.Direction))
                .WithMessage("Indique la condición de estancia con que entra (LM art. 52).");
            RuleFor(r => r.ConditionOfStay).Must(c => c is null || Conditions.ContainsKey(c.Trim()))
                .WithMessage("Condición de estancia desconocida.");
            RuleFor(r => r.ConditionOfStay).Empty().When(r => r.AskedForAsylum)
                .WithMessage("Quien solicita refugio entra al procedimiento de la COMAR; su condición de estancia se documenta después.");
        }

        private static bool IsExit(string? direction) => string.Equals(direction?.Trim(), "exit", StringComparison.OrdinalIgnoreCase);
    }

    public sealed class Handler(RutaDbContext db, ICurrentUser user, TimeProvider clock, StayActs acts)
    {
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

            if (await PointErrorAsync(db, request.PointId!.Value, ct) is { } pointError)
            {
                return MigrationResult<Row>.Invalid("pointId", pointError);
            }

            if (await PersonErrorAsync(db, request.PersonId!.Value, ct) is { } personError)
            {
                return MigrationResult<Row>.Invalid("personId", personError);
            }

            var d = request.Document;
            var entry = new BorderControlEntry(request.PersonId!.Value, request.PointId.Value, Directions[request.Direction!.Trim()],
                request.OccurredAt!.Value.UtcDateTime, d is null ? null : DocumentTypes[d.Type!.Trim()], d?.Number?.Trim(),
                d is null ? null : Countries.Find(d.IssuingCountry)!.Code,
                string.IsNullOrWhiteSpace(request.ConditionOfStay) ? null : Conditions[request.ConditionOfStay.Trim()], request.AskedForAsylum,
                acts.Now, user.UserId);
            db.Add(entry);
            if (entry.AskedForAsylum)
            {
                var notice = await acts.NotifyComarAsync(entry.PersonId, entry.PointOfficeId, entry.OccurredAt, "en un punto de internación al país",
                    MigrationRules.BorderEntryCaseType, entry.Id, MigrationRules.AsylumAtBorderBasis, ct);
                entry.AsylumNoticeId = notice.Id;
            }

            await db.SaveChangesAsync(ct);
            return MigrationResult<Row>.Ok((await LoadAsync(db, entry.Id, ct))!);
        }
    }

    public static async Task<Row?> LoadAsync(RutaDbContext db, Guid id, CancellationToken ct) =>
        await db.Set<BorderControlEntry>().AsNoTracking().Where(e => e.Id == id)
            .Select(e => new Row(e.Id, e.PersonId, e.PointOfficeId,
                db.Set<Office>().Where(o => o.Id == e.PointOfficeId).Select(o => o.Name).First(), e.Direction, e.OccurredAt, e.DocumentType,
                e.DocumentNumber, e.DocumentCountry, e.ConditionOfStay, e.AskedForAsylum, e.AsylumNoticeId,
                db.Set<Kernel.Notices.OfficialNotice>().Where(n => n.Id == e.AsylumNoticeId).Select(n => n.Folio).FirstOrDefault(), e.CreatedAt))
            .FirstOrDefaultAsync(ct);

    /// <summary>A point of international transit is an active INM office of that kind (the filter).</summary>
    internal static async Task<string?> PointErrorAsync(RutaDbContext db, Guid pointId, CancellationToken ct) =>
        await db.Set<Office>().AnyAsync(o => o.Id == pointId && o.AgencyCode == AgencyCodes.Inm && o.Kind == OfficeKind.TransitPoint && o.IsActive, ct)
            ? null
            : "Elija un punto de internación activo del INM.";

    internal static async Task<string?> PersonErrorAsync(RutaDbContext db, Guid personId, CancellationToken ct) =>
        await db.Set<Person>().AsNoTracking().Where(p => p.Id == personId).Select(p => (bool?)p.IsArchived).FirstOrDefaultAsync(ct) switch
        {
            null => "La persona no existe en el registro.",
            true => "La persona está archivada en el registro.",
            _ => null,
        };
}
