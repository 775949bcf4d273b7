using Ruta.Web.Modules.Children.Domain;
using Ruta.Web.Modules.Children.Features;

namespace Ruta.Web.Pages.Children;

public static class ChildViewExtensions
{
    /// <summary>The return conditions are shown for open cases of children (an adult or a closed case has none).</summary>
    /// <remarks>The Procuraduría sees them once its plan in force allows the child to leave the country.</remarks>
    public static bool IsOpenForReturnCheck(this ChildFileView file) =>
        file.Status is not (ChildCaseStatus.Closed or ChildCaseStatus.New)
        && file.Plans.FirstOrDefault(p => !p.Superseded)?.Outcomes is { } outcomes
        && (outcomes.Contains(Kernel.ChildProtection.ChildProtectionOutcome.AssistedReturn)
            || outcomes.Contains(Kernel.ChildProtection.ChildProtectionOutcome.FamilyReunificationAbroad));
}
