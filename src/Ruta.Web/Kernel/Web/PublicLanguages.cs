using System.Globalization;
using System.Resources;

namespace Ruta.Web.Kernel.Web;

/// <summary>
/// The languages of pages for the public (<see cref="KernelModule.PublicCultures"/>) and their texts in
/// a language chosen per call: an access sheet prints the same instructions in all four; the public
/// API answers in the language its body asks for. Keys are the Spanish text, as everywhere.
/// </summary>
public static class PublicLanguages
{
    /// <summary>Code (the ?culture= value) and the language's own name.</summary>
    public static readonly IReadOnlyList<(string Code, string Name)> All =
        [("es-MX", "Español"), ("en", "English"), ("fr", "Français"), ("ht", "Kreyòl ayisyen")];

    private static readonly ResourceManager Resources = new("Ruta.Web.Resources.SharedResource", typeof(SharedResource).Assembly);

    private static readonly string[] HaitianMonths =
        ["janvye", "fevriye", "mas", "avril", "me", "jen", "jiyè", "out", "septanm", "oktòb", "novanm", "desanm"];

    private static readonly string[] HaitianDays = ["dimanch", "lendi", "madi", "mèkredi", "jedi", "vandredi", "samdi"];

    /// <summary>The public culture named by "es", "es-MX", "en", "fr" or "ht" (any case); null otherwise.</summary>
    public static CultureInfo? Find(string? code)
    {
        var wanted = code?.Trim();
        return string.IsNullOrEmpty(wanted)
            ? null
            : KernelModule.PublicCultures.FirstOrDefault(c => string.Equals(c.Name, wanted, StringComparison.OrdinalIgnoreCase)
                || string.Equals(c.TwoLetterISOLanguageName, wanted, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The short code of a culture in answers: "es", "en", "fr" or "ht".</summary>
    public static string Code(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return Find(culture.Name)?.TwoLetterISOLanguageName ?? "es";
    }

    /// <summary>The Spanish <paramref name="spanish"/> in <paramref name="culture"/> (Spanish when there is no translation).</summary>
    public static string Text(string spanish, CultureInfo culture, params object[] args)
    {
        ArgumentNullException.ThrowIfNull(spanish);
        ArgumentNullException.ThrowIfNull(culture);
        string? translated = null;
        if (culture.TwoLetterISOLanguageName != "es")
        {
            try
            {
                translated = Resources.GetString(spanish, culture);
            }
            catch (MissingManifestResourceException)
            {
                // Spanish has no resource file: the key is the text.
            }
        }

        var text = translated ?? spanish;
        return args.Length == 0 ? text : string.Format(culture.TwoLetterISOLanguageName == "ht" ? CultureInfo.InvariantCulture : culture, text, args);
    }

    /// <summary>"martes, 1 de diciembre de 2026", "Tuesday, December 1, 2026", "mardi 1 décembre 2026", "madi 1 desanm 2026".</summary>
    public static string LongDate(DateOnly date, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return culture.TwoLetterISOLanguageName switch
        {
            // Haitian Creole has no locale data on every platform: written out here.
            "ht" => string.Create(CultureInfo.InvariantCulture, $"{HaitianDays[(int)date.DayOfWeek]} {date.Day} {HaitianMonths[date.Month - 1]} {date.Year}"),
            "en" or "fr" => date.ToString("D", culture),
            _ => date.ToString("D", CultureInfo.GetCultureInfo("es-MX")),
        };
    }
}
