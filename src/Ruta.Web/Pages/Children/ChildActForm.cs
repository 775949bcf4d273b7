using Ruta.Web.Modules.Children;
using Ruta.Web.Modules.Children.Features;

namespace Ruta.Web.Pages.Children;

/// <summary>Every field of every act's form (each form posts only its own). Names match the API's JSON fields.</summary>
public sealed class ChildActInput
{
    public int? Version { get; set; }
    public Guid? DifOfficeId { get; set; }
    public Guid? CareCenterId { get; set; }
    public List<Guid> CompanionIds { get; set; } = [];
    public string? SeparationReason { get; set; }
    public string? Reason { get; set; }
    public List<Guid> PersonIds { get; set; } = [];
    public DateOnly? ValidUntil { get; set; }
    public string? Result { get; set; }
    public string? Notes { get; set; }
    public string? Resolution { get; set; }
    public string? Reasons { get; set; }
    public string? ConsularPurpose { get; set; }
    public string? CountryCode { get; set; }
    public string? Consulate { get; set; }
    public string? Reference { get; set; }
    public string? Kind { get; set; }
    public string? Route { get; set; }
    public string? Description { get; set; }
    public string? ImminentRisk { get; set; }
    public Guid? MeasureId { get; set; }
    public string? Ruling { get; set; }
    public string? Diagnosis { get; set; }
    public List<FindingInput> Findings { get; set; } = [];
    public List<ParticipantInput> Participants { get; set; } = [];
    public string? ChildOpinion { get; set; }
    public string? OpinionNotHeardReason { get; set; }
    public Guid? PersonId { get; set; }
    public string? AssessedBy { get; set; }
    public string? RelativeName { get; set; }
    public string? Relation { get; set; }
    public bool InMexico { get; set; } = true;
    public string? Place { get; set; }
    public string? Outcome { get; set; }
    public List<string> Outcomes { get; set; } = [];
    public string? Summary { get; set; }
    public List<MeasureInput> Measures { get; set; } = [];
    public List<Guid> FamilyUnityPersonIds { get; set; } = [];
    public string? Name { get; set; }
    public string? Agency { get; set; }
    public bool Specialized { get; set; }
    public string? Authority { get; set; }
    public string? Status { get; set; }
    public DateOnly? NextFollowUpOn { get; set; }

    public sealed class FindingInput
    {
        public string? Right { get; set; }
        public bool Violated { get; set; }
        public string? Notes { get; set; }
    }

    public sealed class ParticipantInput
    {
        public string? Name { get; set; }
        public string? Role { get; set; }
    }

    public sealed class MeasureInput
    {
        public string? Description { get; set; }
        public string? ResponsibleInstitution { get; set; }
        public DateOnly? FollowUpOn { get; set; }
    }
}

/// <summary>Runs a page's act through the same handler as POST /api/v1/children/cases/{id}/{action}.</summary>
public static class ChildPageActs
{
    public static async Task<(ChildResultStatus Status, IReadOnlyDictionary<string, string[]> Errors)?> RunAsync(IServiceProvider services, Guid id,
        string act, ChildActInput i, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(i);
        var v = i.Version;
        static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;
        ChildResult<CaseState>? result = act switch
        {
            "canalization" => await services.GetRequiredService<CanalizeChild.Handler>().HandleAsync(id, v, new CanalizeChild.Request(i.DifOfficeId), ct),
            "placement" => await services.GetRequiredService<PlaceChild.Handler>()
                .HandleAsync(id, v, new PlaceChild.Request(i.CareCenterId, i.CompanionIds, i.SeparationReason), ct),
            "placement-end" => await services.GetRequiredService<EndPlacement.Handler>().HandleAsync(id, v, new EndPlacement.Request(i.Reason), ct),
            "screening" => await services.GetRequiredService<ScreenForProtection.Handler>()
                .HandleAsync(id, v, new ScreenForProtection.Request(null, i.Result, i.Notes), ct),
            "protection-need-resolution" => await services.GetRequiredService<ResolveProtectionNeed.Handler>()
                .HandleAsync(id, v, new ResolveProtectionNeed.Request(i.Resolution, null, i.Reasons), ct),
            "consular-notice" => await services.GetRequiredService<NotifyConsulate.Handler>()
                .HandleAsync(id, v, new NotifyConsulate.Request(i.ConsularPurpose, i.CountryCode, i.Consulate, null, i.Reference), ct),
            "urgent-measure" => await services.GetRequiredService<UrgentMeasures.RequestHandler>()
                .HandleAsync(id, v, new UrgentMeasures.Request(i.Kind, i.Route, i.Description, i.ImminentRisk, null), ct),
            "urgent-measure-decree" => await services.GetRequiredService<UrgentMeasures.DecreeHandler>()
                .HandleAsync(id, v, new UrgentMeasures.DecreeRequest(i.MeasureId, null), ct),
            "urgent-measure-ruling" => await services.GetRequiredService<UrgentMeasures.RulingHandler>()
                .HandleAsync(id, v, new UrgentMeasures.RulingRequest(i.MeasureId, i.Ruling, null, i.Notes), ct),
            "reception" => await services.GetRequiredService<ReceiveCase.Handler>().HandleAsync(id, v, ct),
            "family-diagnosis" => await services.GetRequiredService<DiagnoseFamily.Handler>()
                .HandleAsync(id, v, new DiagnoseFamily.Request(null, i.Diagnosis), ct),
            "rights" => await services.GetRequiredService<DetermineRights.Handler>().HandleAsync(id, v, new DetermineRights.Request(null,
                [.. i.Findings.Where(f => !string.IsNullOrWhiteSpace(f.Right)).Select(f => new DetermineRights.Finding(f.Right, f.Violated, Blank(f.Notes)))]), ct),
            "best-interest" => await services.GetRequiredService<DetermineBestInterest.Handler>().HandleAsync(id, v, new DetermineBestInterest.Request(null,
                [.. i.Participants.Where(p => !string.IsNullOrWhiteSpace(p.Name) || !string.IsNullOrWhiteSpace(p.Role))
                    .Select(p => new DetermineBestInterest.Participant(p.Name, p.Role))],
                Blank(i.ChildOpinion), Blank(i.OpinionNotHeardReason), i.Reasons), ct),
            "adult-contrary-to-interest" => await services.GetRequiredService<DetermineAdultContrary.Handler>()
                .HandleAsync(id, v, new DetermineAdultContrary.Request(i.PersonId, null, i.Reasons), ct),
            "risk-assessment" => await services.GetRequiredService<AssessRisk.Handler>()
                .HandleAsync(id, v, new AssessRisk.Request(null, i.CountryCode, i.Result, i.AssessedBy, i.Reasons), ct),
            "reunification" => await services.GetRequiredService<RecordReunification.Handler>().HandleAsync(id, v, new RecordReunification.Request(
                i.PersonId, i.RelativeName, i.Relation, i.InMexico, i.Place, i.CountryCode, null, i.Outcome, i.ChildOpinion, Blank(i.Notes)), ct),
            "plan" => await services.GetRequiredService<IssueRestitutionPlan.Handler>().HandleAsync(id, v, new IssueRestitutionPlan.Request(null, i.Outcomes,
                i.Summary, [.. i.Measures.Where(m => !string.IsNullOrWhiteSpace(m.Description) || !string.IsNullOrWhiteSpace(m.ResponsibleInstitution))
                    .Select(m => new IssueRestitutionPlan.Measure(m.Description, m.ResponsibleInstitution, m.FollowUpOn))],
                i.FamilyUnityPersonIds), ct),
            "inm-decision" => await services.GetRequiredService<RecordInmDecision.Handler>()
                .HandleAsync(id, v, new RecordInmDecision.Request(i.Outcome, null, i.Reasons, i.FamilyUnityPersonIds), ct),
            "escort" => await services.GetRequiredService<AssignEscort.Handler>()
                .HandleAsync(id, v, new AssignEscort.Request(i.Name, i.Agency, i.Specialized, null), ct),
            "receiving-authority" => await services.GetRequiredService<RecordReceivingAuthority.Handler>()
                .HandleAsync(id, v, new RecordReceivingAuthority.Request(i.Authority, i.CountryCode, null), ct),
            "follow-up" => await services.GetRequiredService<RecordFollowUp.Handler>()
                .HandleAsync(id, v, new RecordFollowUp.Request(i.MeasureId, null, i.Status, i.Notes, i.NextFollowUpOn), ct),
            "closure" => await services.GetRequiredService<CloseCase.Handler>().HandleAsync(id, v, new CloseCase.Request(i.Reason, null, i.Notes), ct),
            _ => null,
        };
        if (act == "tvrh")
        {
            var tvrh = await services.GetRequiredService<IssueChildTvrh.Handler>()
                .HandleAsync(id, v, new IssueChildTvrh.Request(i.PersonIds, i.ValidUntil), ct);
            return (tvrh.Status, tvrh.Errors);
        }

        return result is null ? null : (result.Status, result.Errors);
    }

    /// <summary>The Spanish name of an act for messages (the table's label of its trigger).</summary>
    public static string Label(string act) =>
        ChildActions.Names.FirstOrDefault(n => n.Value == act) is { Value: not null } pair
            ? Modules.Children.Domain.ChildProtectionProcedure.TriggerLabel(pair.Key)
            : act;
}
