using Ruta.Web.Kernel.ChildProtection;
using Ruta.Web.Modules.Children.Domain;

namespace Ruta.Web.Pages.Children;

/// <summary>What the act forms of a case need: the acts allowed now and the choices each form offers.</summary>
public sealed record ActFormsModel(
    Guid CaseId, int Version, string PostUrl, IReadOnlyList<string> Actions, string? FailedAction, Accompaniment Accompaniment, Guid ChildId, string ChildName,
    IReadOnlyList<(Guid Id, string Name, AdultRelation Relation, bool Contrary)> Adults, IReadOnlyList<(Guid Id, string Text)> Measures,
    IReadOnlyList<(Guid Id, string Text, bool AwaitingDecree, bool AwaitingRuling)> UrgentMeasures, IReadOnlyList<(Guid Id, string Name)> DifOffices,
    IReadOnlyList<(Guid Id, string Name, int Free, bool Families)> Centers, IReadOnlyList<ChildProtectionOutcome> PlanOutcomes,
    IReadOnlyList<(Guid Id, string Name)> PlanFamilyUnity, IReadOnlyList<(Guid Id, string Name)> Relatives, bool InPlan, DateOnly Today);
