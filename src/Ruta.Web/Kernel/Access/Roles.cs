namespace Ruta.Web.Kernel.Access;

/// <summary>What a user may do within their agency.</summary>
public static class Roles
{
    /// <summary>Handles cases day to day.</summary>
    public const string Officer = "officer";

    /// <summary>An officer who may also take the decisions the law reserves to a superior.</summary>
    public const string Supervisor = "supervisor";

    /// <summary>Manages users (of their agency; of all agencies when in ADMIN) and reference data.</summary>
    public const string Administrator = "administrator";

    /// <summary>Read-only oversight: browses records and the audit trail, changes nothing.</summary>
    public const string Auditor = "auditor";

    public static readonly IReadOnlyList<string> All = [Officer, Supervisor, Administrator, Auditor];

    /// <summary>The role's Spanish name for the UI (localized through the shared resources).</summary>
    public static string Label(string role) => role switch
    {
        Officer => "Oficial",
        Supervisor => "Supervisor",
        Administrator => "Administrador",
        Auditor => "Auditor",
        _ => role,
    };
}
