namespace Ruta.Web.Kernel.Access;

/// <summary>The agencies of Ruta. Codes are stable identifiers stored in records and tokens.</summary>
public static class AgencyCodes
{
    public const string Comar = "COMAR";
    public const string Inm = "INM";
    public const string BetaGroups = "BETA";
    public const string Dif = "DIF";
    public const string ChildProtectionOffice = "PROCURADURIA";
    public const string Sre = "SRE";
    public const string Segob = "SEGOB";
    public const string Conase = "CONASE";
    public const string Stps = "STPS";
    public const string Imme = "IMME";
    public const string CivilRegistry = "REGISTROCIVIL";
    public const string Cndh = "CNDH";
    public const string Administration = "ADMIN";

    public static readonly IReadOnlyList<string> All =
        [Comar, Inm, BetaGroups, Dif, ChildProtectionOffice, Sre, Segob, Conase, Stps, Imme, CivilRegistry, Cndh, Administration];

    /// <summary>Agencies that act on persons' cases (everyone except oversight and system administration).</summary>
    public static readonly IReadOnlyList<string> Operational =
        [Comar, Inm, BetaGroups, Dif, ChildProtectionOffice, Sre, Segob, Conase, Stps, Imme, CivilRegistry];
}
