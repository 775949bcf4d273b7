namespace Ruta.Web.Kernel.Web;

/// <summary>
/// An entry of the main menu, registered by the module that owns the page. The layout shows it only
/// to users that satisfy <see cref="Policy"/>. <see cref="Title"/> is Spanish and localized through
/// the shared resources.
/// </summary>
public sealed record NavItem(string Title, string Path, string Policy, int Order);
