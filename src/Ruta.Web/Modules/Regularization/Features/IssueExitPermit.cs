using FluentValidation;
using Ruta.Web.Kernel.Custody;
using Ruta.Web.Kernel.Documents;
using Ruta.Web.Modules.Regularization.Domain;

namespace Ruta.Web.Modules.Regularization.Features;

/// <summary>
/// The exit permit of a migration station for regularization (oficio de salida con fines de
/// regularización, LM art. 136 ¶2), due within 24 hours of accrediting the requirements. In the same
/// transaction: the printable permit (valid until the resolution is due), the end of the stay
/// (IStationCustody, reason Regularization) and the 24-hour deadline closed (met, or missed if late).
/// </summary>
public static class IssueExitPermit
{
    public sealed record Request;

    public sealed class Handler(RegularizationActs acts, IStationCustody custody)
    {
        public Task<ProcedureResult<RegularizationView>> HandleAsync(Guid id, int? expectedVersion, CancellationToken ct) =>
            acts.ActAsync(RegularizationActions.ExitPermit, id, expectedVersion, new Request(), new InlineValidator<Request>(), async procedure =>
            {
                var now = acts.Now;
                var today = acts.Today;
                procedure.IssueExitPermit(now.UtcDateTime, today, acts.Actor());
                var permit = await acts.Issuer.IssueAsync(new IssueDocumentRequest(DocumentType.StationExitPermit, procedure.PersonId, today,
                    procedure.ResolutionDueDate is { } due && due >= today ? due : today.AddDays(RegularizationRules.ResolutionNaturalDays),
                    RegularizationRules.CaseType, procedure.Id,
                    $"Salida de la estación para acudir a las oficinas del INM a regularizar su situación migratoria ({procedure.GroundInfo.LegalBasis}). " +
                    $"La solicitud se resuelve a más tardar el {procedure.ResolutionDueDate:yyyy-MM-dd}; el INM no puede presentarle mientras esté en trámite."), ct);
                procedure.ExitPermitDocumentId = permit.Id;
                await custody.EndStayAsync(procedure.PersonId, StayEndReason.Regularization, now.UtcDateTime, permit.Number, ct);
                await acts.MeetAsync(RegularizationRules.CaseType, procedure.Id, RegularizationRules.ExitPermitKind, today, ct);
            }, ct);
    }
}
