using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Ruta.Web.Kernel.Access;

namespace Ruta.Web.Modules.Regularization;

/// <summary>
/// Who may do what with regularization and family-unity procedures: INM works them (the law gives
/// them to INM, LM arts. 133–137, 41); CNDH auditors read them; nobody else sees them.
/// </summary>
public static class RegularizationAccess
{
    public static bool IsInmCaseWorker(ClaimsPrincipal user) =>
        user.IsInAgency(AgencyCodes.Inm) && user.HasAnyRole(Roles.Officer, Roles.Supervisor);

    public static bool IsOversight(ClaimsPrincipal user) =>
        user.IsInAgency(AgencyCodes.Cndh) && user.HasAnyRole(Roles.Auditor);

    /// <summary>Worklists, files, eligibility explanations.</summary>
    public static bool CanRead(ClaimsPrincipal user) => IsInmCaseWorker(user) || IsOversight(user);

    /// <summary>Filing and every act.</summary>
    public static bool CanAct(ClaimsPrincipal user) => IsInmCaseWorker(user);
}

/// <summary>The module's policies: the same rules as <see cref="RegularizationAccess"/>, which the handlers ask again.</summary>
public static class RegularizationPolicies
{
    public const string Read = "regularization.read";
    public const string Manage = "regularization.manage";

    public static void Register(AuthorizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AddPolicy(Read, p => p.RequireAuthenticatedUser().RequireAssertion(c => RegularizationAccess.CanRead(c.User)));
        options.AddPolicy(Manage, p => p.RequireAuthenticatedUser().RequireAssertion(c => RegularizationAccess.CanAct(c.User)));
    }
}

public enum ProcedureResultStatus { Ok, Invalid, NotFound, Forbidden, Stale }

/// <summary>How a command or query ended; legal refusals and illegal moves are exceptions (409/422 problems).</summary>
public sealed record ProcedureResult<T>
{
    public ProcedureResultStatus Status { get; private init; }
    public T? Value { get; private init; }
    public IReadOnlyDictionary<string, string[]> Errors { get; private init; } = new Dictionary<string, string[]>();
    public bool IsOk => Status == ProcedureResultStatus.Ok;

    public static ProcedureResult<T> Ok(T value) => new() { Status = ProcedureResultStatus.Ok, Value = value };

    public static ProcedureResult<T> Invalid(IReadOnlyDictionary<string, string[]> errors) => new() { Status = ProcedureResultStatus.Invalid, Errors = errors };

    public static ProcedureResult<T> Invalid(string field, string message) => Invalid(new Dictionary<string, string[]> { [field] = [message] });

    public static ProcedureResult<T> NotFound() => new() { Status = ProcedureResultStatus.NotFound };

    public static ProcedureResult<T> Forbidden() => new() { Status = ProcedureResultStatus.Forbidden };

    public static ProcedureResult<T> Stale() => new() { Status = ProcedureResultStatus.Stale };

    public ProcedureResult<TOther> As<TOther>() => IsOk
        ? throw new InvalidOperationException("Only a failure changes its value type.")
        : new ProcedureResult<TOther> { Status = Status, Errors = Errors };
}
