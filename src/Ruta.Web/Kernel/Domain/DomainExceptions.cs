namespace Ruta.Web.Kernel.Domain;

/// <summary>
/// A legal rule forbids what was asked. Carries a stable code and the rule's legal basis so the UI
/// and the API can explain the refusal.
/// </summary>
public sealed class DomainRuleException(string code, string message, string legalBasis, int status = 409)
    : Exception(message)
{
    public string Code { get; } = code;
    public string LegalBasis { get; } = legalBasis;
    public int Status { get; } = status;
}

/// <summary>A procedure was asked to move in a way its transition table does not allow.</summary>
public sealed class IllegalTransitionException(string procedure, string currentState, string trigger)
    : Exception($"{procedure}: la acción «{trigger}» no está permitida en el estado «{currentState}».")
{
    public string CurrentState { get; } = currentState;
    public string Trigger { get; } = trigger;
}
