namespace Ruta.Web;

/// <summary>
/// Marker for the shared UI strings (Resources/SharedResource.en.resx). Keys are the Spanish text
/// itself: Spanish is the default and needs no resource file; English translates each key.
/// </summary>
public sealed class SharedResource;
