using Microsoft.AspNetCore.Identity;

namespace Ruta.Web.Kernel.Access;

/// <summary>An officer, supervisor, administrator or auditor of one agency (optionally one office).</summary>
public sealed class RutaUser : IdentityUser<Guid>
{
    /// <summary>Code of the agency the user works for (see <see cref="AgencyCodes"/>).</summary>
    public string AgencyCode { get; set; } = "";

    /// <summary>Office within the agency, when the user is attached to one.</summary>
    public Guid? OfficeId { get; set; }

    /// <summary>Full name shown in the UI and on notices; never written to logs.</summary>
    public string DisplayName { get; set; } = "";

    /// <summary>A deactivated user cannot sign in nor use a token already issued.</summary>
    public bool IsActive { get; set; } = true;

    public DateTime CreatedAt { get; set; }
}
