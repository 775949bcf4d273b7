using System.Globalization;
using System.Xml.Linq;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Ruta.Web.Kernel.Web;

namespace Ruta.UnitTests.Kernel.Web;

public sealed class SharedLocalizerTests
{
    private static SharedLocalizer Localizer() =>
        new(new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance));

    private static T InCulture<T>(string culture, Func<T> read)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo(culture);
        try
        {
            return read();
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    [Theory]
    [InlineData("cancelada", "cancelled")]
    [InlineData("Cancelada", "Cancelled")]
    [InlineData("deportación", "deportation")]
    [InlineData("niña, niño o adolescente", "child")]
    public void A_lower_case_key_is_translated_through_its_capitalized_entry_in_English(string key, string english) =>
        Assert.Equal(english, InCulture("en", () => Localizer()[key].Value));

    [Fact]
    public void Spanish_shows_the_key_as_written()
    {
        Assert.Equal("cancelada", InCulture("es-MX", () => Localizer()["cancelada"].Value));
        Assert.Equal("Cancelada", InCulture("es-MX", () => Localizer()["Cancelada"].Value));
    }

    [Fact]
    public void A_text_with_braces_and_no_arguments_is_not_formatted()
    {
        Assert.Equal("plazo {0} sin formato", InCulture("en", () => Localizer()["plazo {0} sin formato"].Value));
        Assert.Equal("plazo 3 días", InCulture("es-MX", () => Localizer()["plazo {0} días", 3].Value));
    }

    [Fact]
    public void A_text_with_no_entry_in_either_form_is_reported_not_found() =>
        Assert.True(InCulture("en", () => Localizer()["texto sin traducción"]).ResourceNotFound);

    [Theory]
    [InlineData("Cancelled", "cancelled")]
    [InlineData("INM notice", "INM notice")]
    [InlineData("A", "a")]
    [InlineData("", "")]
    public void Lowering_the_first_letter_keeps_acronyms(string text, string expected) =>
        Assert.Equal(expected, SharedLocalizer.LowerFirst(text));

    /// <summary>resgen compares keys without case and drops the second of two: each text must be stored once.</summary>
    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    [InlineData("ht")]
    public void No_two_keys_of_a_resource_file_differ_only_in_case(string culture)
    {
        var path = Path.Combine(RepoRoot(), "src", "Ruta.Web", "Resources", $"SharedResource.{culture}.resx");
        var keys = XDocument.Load(path).Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToList();
        var collisions = keys.GroupBy(k => k, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1)
            .Select(g => string.Join(" | ", g)).ToList();
        Assert.True(keys.Count > 0);
        Assert.Empty(collisions);
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Ruta.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Ruta.slnx not found above " + AppContext.BaseDirectory);
    }
}
