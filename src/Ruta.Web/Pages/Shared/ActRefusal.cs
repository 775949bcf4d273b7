using Microsoft.Extensions.Localization;
using Ruta.Web.Kernel.Domain;

namespace Ruta.Web.Pages.Shared;

/// <summary>
/// How a page tells the officer that an act was refused by a legal rule (the reason and its legal
/// basis, with the rule's status) or by the procedure's table (the current state, 409): what the API
/// answers as problem details.
/// </summary>
public static class ActRefusal
{
    /// <summary>Wording of the pages whose buttons are actions of a procedure (asylum, stays, removals…).</summary>
    public const string ActionNotAllowed = "No se registró: la acción no está permitida en el estado «{0}».";

    /// <summary>Wording of the child-protection pages, whose forms are acts of the chain.</summary>
    public const string ActNotAllowed = "No se registró: el acto no está permitido en el estado «{0}».";

    /// <param name="notAllowed">The sentence for a move the table refuses, with {0} for the current state.</param>
    public static bool TryDescribe(Exception exception, IStringLocalizer l, string notAllowed, out string message, out int status)
    {
        switch (exception)
        {
            case DomainRuleException rule:
                message = $"{l[rule.Message]} ({rule.LegalBasis})";
                status = rule.Status;
                return true;
            case IllegalTransitionException move:
                message = l[notAllowed, l[move.CurrentState]];
                status = StatusCodes.Status409Conflict;
                return true;
            default:
                message = "";
                status = 0;
                return false;
        }
    }
}
