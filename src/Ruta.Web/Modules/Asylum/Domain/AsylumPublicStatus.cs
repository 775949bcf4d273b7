namespace Ruta.Web.Modules.Asylum.Domain;

/// <summary>The facts of a claim the public status is made of (never a name, nationality, reason or file content).</summary>
public sealed record PublicStatusFacts(
    AsylumClaimStatus Status, AsylumOutcome? Outcome, DateOnly? RatificationDueDate, DateOnly? LateFilingAnswerDueDate,
    DateOnly? ResolutionDueDate, DateOnly? AppealDueDate);

/// <summary>An appointment as the public status reads it.</summary>
public sealed record PublicAppointment(AppointmentKind Kind, DateOnly On, TimeOnly? At);

/// <summary>What the next date is: an appointment, a last day for the applicant to act, or the date COMAR must resolve by.</summary>
public enum NextDateKind { Signing, Interview, Notification, RatificationDeadline, LateFilingAnswerDeadline, AppealDeadline, ResolutionDueDate }

/// <param name="MustAttend">The applicant has to come (or act) by then; false for the date COMAR must resolve by.</param>
public sealed record NextDate(NextDateKind Kind, DateOnly On, TimeOnly? At, string Text, bool MustAttend);

/// <summary>The whole public answer, in Spanish (the texts are the keys of the shared resources).</summary>
public sealed record PublicStatus(AsylumClaimStatus Stage, string StageText, NextDate? Next, IReadOnlyList<string> WhatToBring);

/// <summary>
/// What the applicant sees on the public status page: the stage in plain words, the next date to come
/// (the next appointment; otherwise the last day of what the stage waits for: ratification, the answer
/// to the prevención, the recurso; or the date COMAR must resolve by) and what to bring. Only that:
/// the file's content stays with COMAR (LRPCAP art. 10; data minimisation, LGPDPPSO).
/// </summary>
public static class AsylumPublicStatus
{
    public const string BringProof = "Su constancia de trámite.";
    public const string BringId = "Una identificación, si tiene una.";
    public const string BringEvidence = "Los documentos o pruebas que apoyen su solicitud.";
    public const string BringLateExplanation = "Un escrito que explique por qué no pudo presentar su solicitud dentro de los 30 días hábiles, con las pruebas que tenga.";
    public const string BringAppeal = "Su escrito de recurso de revisión.";
    public const string BringResolution = "La resolución que le notificaron.";
    public const string BringAccessSheet = "Esta hoja de acceso (número de caso y clave).";

    public static PublicStatus Of(PublicStatusFacts facts, IEnumerable<PublicAppointment> appointments, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(appointments);
        var appointment = facts.Status is AsylumClaimStatus.LateFilingReview or AsylumClaimStatus.InProcedure or AsylumClaimStatus.Resolved
            ? appointments.Where(a => a.On >= today).OrderBy(a => a.On).ThenBy(a => a.At ?? TimeOnly.MinValue).FirstOrDefault()
            : null;
        var next = appointment is not null ? FromAppointment(appointment) : Deadline(facts, today);
        return new PublicStatus(facts.Status, StageText(facts), next, Bring(facts.Status, next));
    }

    /// <summary>The stage in plain words.</summary>
    public static string StageText(PublicStatusFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return facts.Status switch
        {
            AsylumClaimStatus.AwaitingRatification =>
                "Su representante presentó la solicitud. Usted debe acudir en persona a la COMAR a ratificarla (confirmarla).",
            AsylumClaimStatus.LateFilingReview =>
                "Su solicitud se presentó después de los 30 días hábiles. La COMAR revisa las razones del retraso antes de admitirla.",
            AsylumClaimStatus.InProcedure => "Su solicitud está en trámite en la COMAR.",
            AsylumClaimStatus.Resolved => "La COMAR ya resolvió su solicitud. Le notificará la resolución en persona.",
            AsylumClaimStatus.AppealWindowOpen =>
                "Le notificaron una resolución negativa. Puede presentar un recurso de revisión dentro del plazo.",
            AsylumClaimStatus.AppealPending => "Su recurso de revisión está en trámite.",
            AsylumClaimStatus.Recognized when facts.Outcome == AsylumOutcome.ComplementaryProtection =>
                "México le otorgó protección complementaria. Acuda al INM a tramitar su tarjeta de residente permanente.",
            AsylumClaimStatus.Recognized =>
                "México le reconoció la condición de refugiado. Acuda al INM a tramitar su tarjeta de residente permanente.",
            _ => "El procedimiento de su solicitud concluyó.",
        };
    }

    /// <summary>Spanish name of an appointment kind (officers' pages and the timeline).</summary>
    public static string AppointmentLabel(AppointmentKind kind) => kind switch
    {
        AppointmentKind.Signing => "Firma periódica",
        AppointmentKind.Interview => "Entrevista",
        _ => "Notificación de la resolución",
    };

    private static NextDate FromAppointment(PublicAppointment a) => a.Kind switch
    {
        AppointmentKind.Signing => new(NextDateKind.Signing, a.On, a.At, "Su próxima firma en la oficina de la COMAR.", true),
        AppointmentKind.Interview => new(NextDateKind.Interview, a.On, a.At, "Su entrevista en la oficina de la COMAR.", true),
        _ => new(NextDateKind.Notification, a.On, a.At, "Cita en la COMAR para notificarle la resolución.", true),
    };

    private static NextDate? Deadline(PublicStatusFacts facts, DateOnly today)
    {
        (NextDateKind Kind, DateOnly? On, string Text, bool MustAttend)? candidate = facts.Status switch
        {
            AsylumClaimStatus.AwaitingRatification => (NextDateKind.RatificationDeadline, facts.RatificationDueDate,
                "Último día para ratificar su solicitud en la COMAR.", true),
            AsylumClaimStatus.LateFilingReview => (NextDateKind.LateFilingAnswerDeadline, facts.LateFilingAnswerDueDate,
                "Último día para explicar en la COMAR por qué no presentó su solicitud a tiempo.", true),
            AsylumClaimStatus.InProcedure => (NextDateKind.ResolutionDueDate, facts.ResolutionDueDate,
                "Fecha límite para que la COMAR resuelva su solicitud. No tiene que acudir ese día; siga acudiendo a firmar.", false),
            AsylumClaimStatus.AppealWindowOpen => (NextDateKind.AppealDeadline, facts.AppealDueDate,
                "Último día para presentar el recurso de revisión en la COMAR.", true),
            _ => null,
        };
        // A last day already gone is no longer a date to come: the officer records what follows.
        return candidate is { On: { } on } c && on >= today ? new NextDate(c.Kind, on, null, c.Text, c.MustAttend) : null;
    }

    private static IReadOnlyList<string> Bring(AsylumClaimStatus status, NextDate? next) => next?.Kind switch
    {
        NextDateKind.Signing => [BringProof],
        NextDateKind.Interview => [BringProof, BringId, BringEvidence],
        NextDateKind.Notification => [BringProof, BringId],
        NextDateKind.RatificationDeadline => [BringId, BringAccessSheet],
        NextDateKind.LateFilingAnswerDeadline => [BringLateExplanation, BringId],
        NextDateKind.AppealDeadline => [BringAppeal, BringResolution],
        _ when status == AsylumClaimStatus.Recognized => [BringResolution, BringProof, BringId],
        _ => [],
    };
}
