namespace Ruta.Web.Kernel.Persistence;

/// <summary>
/// A record edited by people. <see cref="Version"/> is the optimistic-concurrency token and the
/// ETag: an edit based on an older version is refused (412 in the API, a form error in pages),
/// so no concurrent edit silently overwrites another.
/// </summary>
public interface IVersioned
{
    int Version { get; set; }
}
