using System.Globalization;
using FluentValidation;
using Ruta.Web.Modules.Asylum.Domain;

namespace Ruta.Web.Modules.Asylum.Features;

/// <summary>
/// COMAR calls the applicant (and the family of the claim) to its office on a date: the next signing,
/// an interview, the notification of the resolution. The applicant sees the next one on the public
/// status page with what to bring. While the claim is under late-filing review, in procedure, or
/// resolved and not yet notified.
/// </summary>
public static class ScheduleAppointment
{
    public static readonly IReadOnlyDictionary<string, AppointmentKind> Kinds = new Dictionary<string, AppointmentKind>(StringComparer.OrdinalIgnoreCase)
    {
        ["signing"] = AppointmentKind.Signing,
        ["interview"] = AppointmentKind.Interview,
        ["notification"] = AppointmentKind.Notification,
    };

    /// <summary>How far ahead an appointment may be given.</summary>
    public const int MaxDaysAhead = 366;

    /// <param name="Kind">"signing", "interview" or "notification".</param>
    /// <param name="On">The day (today or later).</param>
    /// <param name="At">"HH:mm", local time of the office (optional).</param>
    public sealed record Request(string? Kind, DateOnly? On, string? At);

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator(DateOnly today)
        {
            RuleFor(r => r.Kind).Cascade(CascadeMode.Stop).NotEmpty().WithMessage("Indique a qué se cita: signing (firma), interview (entrevista) o notification (notificación).")
                .Must(k => Kinds.ContainsKey(k!.Trim()))
                .WithMessage("Indique a qué se cita: signing (firma), interview (entrevista) o notification (notificación).");
            RuleFor(r => r.On).NotNull().WithMessage("Indique el día de la cita (AAAA-MM-DD).")
                .Must(d => d is null || d >= today).WithMessage("La cita no puede ser en una fecha pasada.")
                .Must(d => d is null || d <= today.AddDays(MaxDaysAhead)).WithMessage("La cita debe ser dentro del próximo año.");
            RuleFor(r => r.At).Must(a => string.IsNullOrWhiteSpace(a) || ParseTime(a) is not null)
                .WithMessage("Escriba la hora como HH:MM (por ejemplo 09:30).");
        }
    }

    public static TimeOnly? ParseTime(string? value) =>
        TimeOnly.TryParseExact(value?.Trim(), ["HH:mm", "H:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time
            : null;

    public sealed class Handler(ClaimActs acts)
    {
        public Task<AsylumResult<AsylumClaimView>> HandleAsync(Guid id, int? expectedVersion, Request request, CancellationToken ct) =>
            acts.ActAsync(AsylumActions.Appointment, id, expectedVersion, request, new Validator(acts.Today), claim =>
            {
                claim.ScheduleAppointment(Kinds[request.Kind!.Trim()], request.On!.Value, ParseTime(request.At), acts.Today, acts.Actor());
                return Task.CompletedTask;
            }, ct);
    }
}
