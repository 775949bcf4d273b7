using Ruta.Web.Kernel.Calendar;
using Ruta.Web.Kernel.Custody;
using Ruta.Web.Modules.Migration.Domain;

namespace Ruta.Web.Modules.Migration;

/// <summary>Spanish labels of the module's enums, shown to officers (English through the shared resources).</summary>
public static class MigrationLabels
{
    public static string Operation(ApprehensionOperation operation) => operation switch
    {
        ApprehensionOperation.Verification => "Visita de verificación (LM arts. 92–96)",
        ApprehensionOperation.Revision => "Revisión migratoria (LM arts. 97–98)",
        ApprehensionOperation.BorderControl => "Control migratorio en punto de internación (LM arts. 81–91)",
        _ => operation.ToString(),
    };

    public static string Ground(StayExtensionGround ground) => ground switch
    {
        StayExtensionGround.IdentityOrDocuments => "Sin información fehaciente de identidad o nacionalidad, o dificultad para obtener documentos",
        StayExtensionGround.ConsularDelay => "El consulado requiere más tiempo para expedir documentos de identidad y viaje",
        StayExtensionGround.TransitObstacle => "Impedimento para transitar por terceros países u obstáculo para fijar el itinerario",
        StayExtensionGround.IllnessOrDisability => "Enfermedad o discapacidad física o mental, acreditada médicamente, que impide viajar",
        StayExtensionGround.RecourseOrAmparo => "Recurso administrativo o judicial, o amparo con prohibición expresa de traslado o salida",
        _ => ground.ToString(),
    };

    public static string Release(ReleaseGround? ground) => ground switch
    {
        ReleaseGround.NoAgreementWithin24Hours => "Sin acuerdo de presentación dentro de 24 horas (LM art. 100)",
        ReleaseGround.DetentionLimit36Hours => "36 horas desde la puesta a disposición (LM art. 68; AR 388/2022)",
        ReleaseGround.StayLimitReached => "Venció el plazo de alojamiento (LM art. 111)",
        ReleaseGround.AlternativeToDetention => "Alternativa al alojamiento: custodia o garantía (LM arts. 101 y 102)",
        ReleaseGround.AuthorityDecision => "Resolución de la autoridad migratoria",
        ReleaseGround.JudicialOrder => "Orden judicial (amparo)",
        ReleaseGround.Other => "Otra causa",
        _ => "",
    };

    public static string EndReason(StayEndReason? reason) => reason switch
    {
        StayEndReason.Release => "Libertad",
        StayEndReason.Regularization => "Salida con fines de regularización",
        StayEndReason.Removal => "Salida del país",
        StayEndReason.Canalization => "Canalización",
        _ => "",
    };

    public static string Condition(ConditionOfStay? condition) => condition switch
    {
        ConditionOfStay.VisitorWithoutPermissionToWork => "Visitante sin permiso para realizar actividades remuneradas",
        ConditionOfStay.VisitorWithPermissionToWork => "Visitante con permiso para realizar actividades remuneradas",
        ConditionOfStay.RegionalVisitor => "Visitante regional",
        ConditionOfStay.BorderWorkerVisitor => "Visitante trabajador fronterizo",
        ConditionOfStay.HumanitarianVisitor => "Visitante por razones humanitarias",
        ConditionOfStay.AdoptionVisitor => "Visitante con fines de adopción",
        ConditionOfStay.TemporaryResident => "Residente temporal",
        ConditionOfStay.TemporaryResidentStudent => "Residente temporal estudiante",
        ConditionOfStay.PermanentResident => "Residente permanente",
        _ => "",
    };

    public static string Event(StayEventKind kind) => kind switch
    {
        StayEventKind.PutAtDisposal => "Puesta a disposición",
        StayEventKind.Admitted => "Acuerdo de presentación",
        StayEventKind.AsylumRequested => "Solicitud de refugio (aviso a la COMAR)",
        StayEventKind.Extended => "Ampliación del plazo de alojamiento",
        StayEventKind.Released => "Libertad",
        StayEventKind.ExitForRegularization => "Salida con fines de regularización",
        StayEventKind.Removed => "Salida del país",
        StayEventKind.Canalized => "Canalización",
        _ => kind.ToString(),
    };

    public static string Deadline(DeadlineStatus status) => status switch
    {
        DeadlineStatus.Open => "En curso",
        DeadlineStatus.Met => "Cumplido",
        DeadlineStatus.Missed => "Vencido",
        DeadlineStatus.Suspended => "Suspendido",
        DeadlineStatus.Extended => "Ampliado",
        DeadlineStatus.Cancelled => "Cancelado",
        _ => status.ToString(),
    };

    /// <summary>The acts of a stay page and API (POST /api/v1/migration/station-stays/{id}/{action}).</summary>
    public static string Action(string action) => action switch
    {
        StayActions.AsylumRequest => "Registrar que la persona solicitó refugio",
        StayActions.Extension => "Ampliar el plazo de alojamiento",
        StayActions.Release => "Poner en libertad",
        _ => action,
    };
}

/// <summary>The acts on a stay as the API names them, with the trigger of the table each one fires.</summary>
public static class StayActions
{
    public const string AsylumRequest = "asylum-request";
    public const string Extension = "extension";
    public const string Release = "release";

    public static readonly IReadOnlyList<(string Action, StationStayTrigger Trigger)> All =
    [
        (AsylumRequest, StationStayTrigger.RecordAsylumRequest),
        (Extension, StationStayTrigger.Extend),
        (Release, StationStayTrigger.Release),
    ];
}
