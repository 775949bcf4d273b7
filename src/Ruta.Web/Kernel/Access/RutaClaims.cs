namespace Ruta.Web.Kernel.Access;

/// <summary>Claim types Ruta adds to the identity (cookie and bearer token alike).</summary>
public static class RutaClaims
{
    public const string Agency = "ruta:agency";
    public const string Office = "ruta:office";
    public const string SecurityStamp = "ruta:stamp";
}
