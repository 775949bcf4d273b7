using System.Security.Claims;
using Ruta.Web.Modules.Children.Domain;

namespace Ruta.Web.Modules.Children;

/// <summary>
/// The acts of a case as the API names them (POST /api/v1/children/cases/{id}/{action}) and who may
/// do each: the same rule the handlers apply; the pages show a form only for acts the table allows
/// now and the user may do.
/// </summary>
public static class ChildActions
{
    public static readonly IReadOnlyDictionary<ChildTrigger, string> Names = new Dictionary<ChildTrigger, string>
    {
        [ChildTrigger.Canalize] = "canalization",
        [ChildTrigger.Place] = "placement",
        [ChildTrigger.EndPlacement] = "placement-end",
        [ChildTrigger.IssueTvrh] = "tvrh",
        [ChildTrigger.Screen] = "screening",
        [ChildTrigger.ResolveProtectionNeed] = "protection-need-resolution",
        [ChildTrigger.NotifyConsulate] = "consular-notice",
        [ChildTrigger.RequestUrgentMeasure] = "urgent-measure",
        [ChildTrigger.RecordUrgentMeasureDecree] = "urgent-measure-decree",
        [ChildTrigger.RecordJudicialRuling] = "urgent-measure-ruling",
        [ChildTrigger.ReceiveCase] = "reception",
        [ChildTrigger.DiagnoseFamily] = "family-diagnosis",
        [ChildTrigger.DetermineRights] = "rights",
        [ChildTrigger.DetermineBestInterest] = "best-interest",
        [ChildTrigger.DetermineAdultContrary] = "adult-contrary-to-interest",
        [ChildTrigger.AssessRisk] = "risk-assessment",
        [ChildTrigger.RecordReunification] = "reunification",
        [ChildTrigger.IssuePlan] = "plan",
        [ChildTrigger.RevisePlan] = "plan",
        [ChildTrigger.RecordInmDecision] = "inm-decision",
        [ChildTrigger.AssignEscort] = "escort",
        [ChildTrigger.RecordReceivingAuthority] = "receiving-authority",
        [ChildTrigger.RecordFollowUp] = "follow-up",
        [ChildTrigger.CloseRestored] = "closure",
        [ChildTrigger.CloseEnded] = "closure",
    };

    /// <summary>Whether the user's agency and role may do the act (the state is the table's business).</summary>
    public static bool MayAct(ClaimsPrincipal user, ChildTrigger trigger) => trigger switch
    {
        ChildTrigger.Canalize => ChildAccess.CanIdentify(user),
        ChildTrigger.Place or ChildTrigger.EndPlacement => ChildAccess.IsDif(user),
        ChildTrigger.IssueTvrh or ChildTrigger.NotifyConsulate or ChildTrigger.AssignEscort or ChildTrigger.RecordReceivingAuthority => ChildAccess.IsInm(user),
        ChildTrigger.RecordInmDecision => ChildAccess.IsInmSupervisor(user),
        ChildTrigger.Screen or ChildTrigger.ResolveProtectionNeed or ChildTrigger.RecordReunification or ChildTrigger.RecordFollowUp =>
            ChildAccess.IsDif(user) || ChildAccess.IsProcuraduria(user),
        ChildTrigger.RequestUrgentMeasure or ChildTrigger.RecordUrgentMeasureDecree or ChildTrigger.RecordJudicialRuling or ChildTrigger.ReceiveCase
            or ChildTrigger.DiagnoseFamily or ChildTrigger.DetermineRights or ChildTrigger.DetermineBestInterest or ChildTrigger.DetermineAdultContrary
            or ChildTrigger.AssessRisk or ChildTrigger.IssuePlan or ChildTrigger.RevisePlan or ChildTrigger.CloseRestored or ChildTrigger.CloseEnded =>
            ChildAccess.IsProcuraduria(user),
        _ => false,
    };

    /// <summary>
    /// Whether an act the table allows makes sense for this case now (the pages offer only those;
    /// the domain still refuses the others with their legal reason if asked through the API).
    /// </summary>
    public static bool Relevant(ChildTrigger trigger, ChildCase c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return trigger switch
        {
            ChildTrigger.Canalize => c.CanalizedAt is null,
            ChildTrigger.Place => c.CanalizedAt is not null && c.ActivePlacement is null,
            ChildTrigger.EndPlacement => c.ActivePlacement is not null,
            ChildTrigger.ResolveProtectionNeed => c.ProtectionNeed == ProtectionNeedStatus.Pending,
            ChildTrigger.RecordUrgentMeasureDecree => c.UrgentMeasures.Any(m => m.Route == UrgentMeasureRoute.ProsecutorRequest && m.ImposedAt is null),
            ChildTrigger.RecordJudicialRuling => c.UrgentMeasures.Any(m => m.ImposedAt is not null && m.Ruling is null),
            ChildTrigger.DetermineAdultContrary => c.Adults.Any(a => !a.ContraryToInterest),
            ChildTrigger.RecordInmDecision => c.CurrentDecision is null,
            ChildTrigger.AssignEscort or ChildTrigger.RecordReceivingAuthority => c.CurrentPlan?.Outcomes.AllowsLeaving == true,
            ChildTrigger.RecordFollowUp => c.CurrentPlan?.Measures.Any(m => m.Status != MeasureStatus.Fulfilled) == true,
            _ => true,
        };
    }

    /// <summary>The acts the table allows now and the user may do, in the table's order.</summary>
    public static IReadOnlyList<ChildTrigger> Allowed(ClaimsPrincipal user, ChildCaseStatus status)
    {
        var current = status;
        var machine = ChildProtectionProcedure.Build(() => current, s => current = s);
        return [.. Names.Keys.Where(t => machine.CanFire(t) && MayAct(user, t))];
    }
}
