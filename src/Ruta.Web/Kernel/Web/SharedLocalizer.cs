using Microsoft.Extensions.Localization;

namespace Ruta.Web.Kernel.Web;

/// <summary>
/// The UI's localizer: the Spanish text is the key, and a key that starts in lower case ("cancelada"
/// in a sentence) is translated through its capitalized form ("Cancelada" → "Cancelled" → "cancelled")
/// when it has no entry of its own. Resource files cannot hold both forms: resgen compares keys
/// without case and silently drops the second one, so each text is stored once, capitalized.
/// </summary>
public sealed class SharedLocalizer(IStringLocalizerFactory factory) : IStringLocalizer<SharedResource>
{
    private readonly IStringLocalizer inner = factory.Create(typeof(SharedResource));

    public LocalizedString this[string name] => Find(name, null);

    public LocalizedString this[string name, params object[] arguments] => Find(name, arguments);

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => inner.GetAllStrings(includeParentCultures);

    /// <param name="arguments">Null when none were given: the text is then not formatted (it may hold braces).</param>
    private LocalizedString Find(string name, object[]? arguments)
    {
        var found = Read(name, arguments);
        if (!found.ResourceNotFound || !StartsLower(name))
        {
            return found;
        }

        var capitalized = Read(char.ToUpperInvariant(name[0]) + name[1..], arguments);
        return capitalized.ResourceNotFound
            ? found
            : new LocalizedString(name, LowerFirst(capitalized.Value), resourceNotFound: false, capitalized.SearchedLocation);
    }

    private LocalizedString Read(string name, object[]? arguments) => arguments is null ? inner[name] : inner[name, arguments];

    private static bool StartsLower(string name) => name.Length > 0 && char.IsLower(name[0]);

    /// <summary>"Cancelled" → "cancelled"; an acronym ("INM notice") keeps its capitals.</summary>
    public static string LowerFirst(string text) =>
        text.Length == 0 || (text.Length > 1 && char.IsUpper(text[1])) ? text : char.ToLowerInvariant(text[0]) + text[1..];
}
