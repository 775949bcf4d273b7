using Microsoft.EntityFrameworkCore;
using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.Agencies;
using Ruta.Web.Kernel.Calendar;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Kernel.Persons;

namespace Ruta.Web.Kernel.Notices;

/// <summary>An oficio to send. The sender is the signed-in user's agency (or <see cref="SenderAgency"/> for system acts).</summary>
/// <param name="RecipientAgency">Agency code of the recipient, e.g. "INM".</param>
/// <param name="Type">Kind of notice, see <see cref="NoticeTypes"/>.</param>
/// <param name="Subject">"Asunto": one line.</param>
/// <param name="Body">Plain text.</param>
/// <param name="LegalBasis">"Fundamento legal": law and article(s).</param>
/// <param name="PersonId">The person it concerns; their name is copied onto the notice.</param>
/// <param name="CaseType">The sender's case that caused it, e.g. "AsylumClaim" (a reference, grants no access).</param>
/// <param name="CaseId">Id of that case.</param>
/// <param name="RecipientOfficeId">An office of the recipient agency, when the notice goes to one.</param>
/// <param name="AcknowledgeWithin">A time limit for the recipient's acknowledgement, scheduled as a deadline.</param>
/// <param name="SenderAgency">Only for acts without a signed-in user (jobs); must match the user's agency otherwise.</param>
/// <param name="Link">Where in Ruta the recipient acts on it (e.g. the page where INM issues the applicant's cards).</param>
public sealed record NewNotice(
    string RecipientAgency,
    string Type,
    string Subject,
    string Body,
    string LegalBasis,
    Guid? PersonId = null,
    string? CaseType = null,
    Guid? CaseId = null,
    Guid? RecipientOfficeId = null,
    AcknowledgementLimit? AcknowledgeWithin = null,
    string? SenderAgency = null,
    NoticeLink? Link = null);

/// <summary>A link from a notice to the page of Ruta where its recipient acts on it.</summary>
/// <param name="Path">Relative to the site ("/Asylum/{id}/Documents"); never another site.</param>
/// <param name="Label">Spanish text of the link (localized on display like any UI string).</param>
public sealed record NoticeLink(string Path, string Label)
{
    /// <summary>A path inside this site: "/x…", not "//host" nor "/\host" (browsers read both as another site), no scheme, no spaces.</summary>
    public static bool IsLocal(string? path) =>
        path is { Length: > 1 and <= NoticeLimits.LinkPath } && path[0] == '/' && path[1] is not ('/' or '\\')
        && !path.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)) && !path.Contains(':', StringComparison.Ordinal);
}

/// <summary>How long the recipient has to acknowledge; <paramref name="LegalBasis"/> defaults to the notice's.</summary>
public sealed record AcknowledgementLimit(int Amount, DeadlineUnit Unit, string? LegalBasis = null)
{
    public const int MaxHours = 720;
    public const int MaxDays = 90;

    public static AcknowledgementLimit? From(int? hours, int? businessDays) =>
        hours is { } h ? new AcknowledgementLimit(h, DeadlineUnit.Hours)
        : businessDays is { } d ? new AcknowledgementLimit(d, DeadlineUnit.BusinessDays)
        : null;
}

/// <summary>
/// Sends oficios as part of the act that causes them: <see cref="SendAsync"/> adds the notice (and
/// its acknowledgement deadline) to the current unit of work without saving, so filing a claim and
/// notifying INM commit together or not at all. Some acts may not exist without their notice: no
/// migration procedure for a child "previo a dicha notificación" to the Procuraduría (LM arts. 95 and 98).
/// </summary>
public sealed class NoticeSender(RutaDbContext db, ICurrentUser currentUser, TimeProvider clock, IDeadlines deadlines)
{
    /// <summary>Deadline.Kind of acknowledgement deadlines.</summary>
    public const string AcknowledgementKind = "notice.acknowledgement";

    /// <summary>
    /// Checks a notice before sending: field errors keyed like the request's JSON (camelCase).
    /// Empty when it can be sent.
    /// </summary>
    public async Task<Dictionary<string, string[]>> CheckAsync(NewNotice notice, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        void Add(string field, string message) => errors[field] = [.. errors.GetValueOrDefault(field, []), message];

        Required(notice.Subject, "subject", "Escriba el asunto.", NoticeLimits.Subject, Add);
        Required(notice.Body, "body", "Escriba el cuerpo del oficio.", NoticeLimits.Body, Add);
        // An authority's act must be "fundado y motivado" (Const. art. 16 ¶1; LFPA art. 3 fr. V): no oficio without its legal basis.
        Required(notice.LegalBasis, "legalBasis", "Escriba el fundamento legal (ley y artículo).", NoticeLimits.LegalBasis, Add);
        if (!NoticeTypes.IsWellFormed(notice.Type))
        {
            Add("type", "El tipo de oficio no es válido.");
        }

        if ((notice.CaseType is null) != (notice.CaseId is null))
        {
            Add("caseId", "La referencia al expediente necesita tipo e identificador.");
        }

        if (notice.Link is { } link && (!NoticeLink.IsLocal(link.Path) || string.IsNullOrWhiteSpace(link.Label)
                || link.Label.Trim().Length > NoticeLimits.LinkLabel))
        {
            Add("link", "El enlace del oficio debe ser una ruta de Ruta (\"/…\") con su texto.");
        }

        if (notice.AcknowledgeWithin is { } limit)
        {
            var max = limit.Unit == DeadlineUnit.Hours ? AcknowledgementLimit.MaxHours : AcknowledgementLimit.MaxDays;
            if (limit.Amount < 1 || limit.Amount > max)
            {
                Add(limit.Unit == DeadlineUnit.Hours ? "acknowledgeWithinHours" : "acknowledgeWithinBusinessDays",
                    $"Debe estar entre 1 y {max}.");
            }
        }

        var sender = SenderOf(notice);
        if (sender is null)
        {
            Add("senderAgency", "No se sabe qué dependencia envía el oficio.");
        }
        else if (!AgencyCodes.Operational.Contains(sender, StringComparer.Ordinal))
        {
            Add("senderAgency", "Solo las dependencias operativas envían oficios.");
        }

        var recipient = notice.RecipientAgency?.Trim() ?? "";
        if (recipient.Length == 0)
        {
            Add("recipientAgency", "Elija la dependencia destinataria.");
        }
        else if (!AgencyCodes.Operational.Contains(recipient, StringComparer.Ordinal)
                 || !await db.Set<Agency>().AnyAsync(a => a.Code == recipient, ct))
        {
            Add("recipientAgency", "La dependencia destinataria no existe o no recibe oficios.");
        }
        else if (recipient == sender)
        {
            Add("recipientAgency", "Un oficio se dirige a otra dependencia.");
        }
        else if (notice.RecipientOfficeId is { } office
                 && !await db.Set<Office>().AnyAsync(o => o.Id == office && o.AgencyCode == recipient && o.IsActive, ct))
        {
            Add("recipientOfficeId", "La oficina no pertenece a la dependencia destinataria.");
        }

        if (notice.PersonId is { } person && await PersonNameAsync(person, ct) is null)
        {
            Add("personId", "La persona no existe.");
        }

        return errors;
    }

    /// <summary>
    /// Adds the notice, with a new folio, and its acknowledgement deadline to the current DbContext
    /// WITHOUT saving: the caller's SaveChanges commits it with the act that caused it. Only the
    /// folio number is taken at once (see <see cref="Folios"/>); a failed act leaves a gap, never a repeat.
    /// </summary>
    /// <exception cref="ArgumentException">The notice is incomplete or names an unknown agency, office or person.</exception>
    public async Task<OfficialNotice> SendAsync(NewNotice notice, CancellationToken ct)
    {
        var errors = await CheckAsync(notice, ct);
        if (errors.Count > 0)
        {
            throw new ArgumentException("Invalid notice: " + string.Join("; ", errors.Select(e => $"{e.Key}: {string.Join(' ', e.Value)}")),
                nameof(notice));
        }

        var sender = SenderOf(notice)!;
        var recipient = notice.RecipientAgency.Trim();
        var now = clock.GetUtcNow().UtcDateTime;
        var folio = await Folios.AllocateAsync(db, sender, MexicoTime.DateOf(now).Year, ct);
        var personName = notice.PersonId is { } personId ? await PersonNameAsync(personId, ct) : null;
        var (signerName, signerPosition) = await SignerAsync(ct);

        var entity = new OfficialNotice(Guid.CreateVersion7(), folio, sender, currentUser.Principal.OfficeId(), recipient,
            notice.RecipientOfficeId, notice.Type, notice.Subject.Trim(), notice.Body.Trim(), notice.LegalBasis.Trim(),
            notice.PersonId, personName, notice.CaseType, notice.CaseId, now, currentUser.UserId, signerName, signerPosition,
            notice.Link is { } link ? link with { Label = link.Label.Trim() } : null);
        db.Add(entity);

        if (notice.AcknowledgeWithin is { } limit)
        {
            await deadlines.ScheduleAsync(new DeadlineRequest(
                OfficialNotice.CaseTypeName, entity.Id, entity.PersonId, AcknowledgementKind,
                $"Acuse de recibo del oficio {folio}", limit.LegalBasis ?? entity.LegalBasis, recipient,
                limit.Unit, limit.Amount, MexicoTime.DateOf(now), new DateTimeOffset(now, TimeSpan.Zero)), ct);
        }

        return entity;
    }

    private string? SenderOf(NewNotice notice)
    {
        var userAgency = currentUser.AgencyCode;
        if (userAgency is not null && notice.SenderAgency is not null && notice.SenderAgency != userAgency)
        {
            // A programming error, not a user's: nobody signs for another agency.
            throw new InvalidOperationException("A notice is sent by the signed-in user's agency.");
        }

        return userAgency ?? notice.SenderAgency?.Trim();
    }

    private async Task<string?> PersonNameAsync(Guid personId, CancellationToken ct)
    {
        var names = await db.Set<Person>().AsNoTracking().Where(p => p.Id == personId)
            .Select(p => new { p.GivenNames, p.FirstSurname, p.SecondSurname })
            .FirstOrDefaultAsync(ct);
        if (names is null)
        {
            return null;
        }

        var full = string.Join(' ', new[] { names.GivenNames, names.FirstSurname, names.SecondSurname }.Where(s => !string.IsNullOrWhiteSpace(s)));
        return full.Length == 0 ? "(sin nombre registrado)" : full;
    }

    private async Task<(string Name, string Position)> SignerAsync(CancellationToken ct)
    {
        if (currentUser.UserId is not { } userId)
        {
            return ("Ruta", "Envío automático del sistema");
        }

        var name = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.DisplayName).FirstOrDefaultAsync(ct);
        var position = currentUser.Principal.IsInRole(Roles.Supervisor) ? "Supervisor(a)" : "Oficial";
        return (string.IsNullOrWhiteSpace(name) ? currentUser.UserName ?? "" : name, position);
    }

    private static void Required(string? value, string field, string message, int max, Action<string, string> add)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            add(field, message);
        }
        else if (value.Trim().Length > max)
        {
            add(field, $"Máximo {max} caracteres.");
        }
    }
}
