namespace Ruta.Web.Modules.Migration;

/// <summary>Configuration section "Migration".</summary>
public sealed class MigrationOptions
{
    public const string Section = "Migration";

    /// <summary>
    /// Schedule the 36-hour policy alert from the puesta a disposición (LM art. 68 as read by the SCJN in
    /// AR 388/2022). On by default: switching it off leaves only the statutory 24 h and 15/60 business days.
    /// </summary>
    public bool DetentionPolicyAlert { get; set; } = true;
}
