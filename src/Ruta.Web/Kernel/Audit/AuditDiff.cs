using System.Text.Json;

namespace Ruta.Web.Kernel.Audit;

/// <summary>
/// An entry's before/after JSON as a list of fields a person can read: each field's value before
/// and after, and whether it changed.
/// </summary>
public static class AuditDiff
{
    public sealed record Field(string Name, string? Before, string? After, bool Changed);

    public static IReadOnlyList<Field> Compare(string? before, string? after)
    {
        var old = Flatten(before);
        var @new = Flatten(after);
        var names = old.Keys.Union(@new.Keys).Order(StringComparer.Ordinal);
        return names.Select(n =>
            {
                var hadBefore = old.TryGetValue(n, out var b);
                var hasAfter = @new.TryGetValue(n, out var a);
                var changed = before is null || after is null || hadBefore != hasAfter || !string.Equals(b, a, StringComparison.Ordinal);
                return new Field(n, b, a, changed);
            })
            .ToList();
    }

    /// <summary>Top-level properties of a JSON object, as display text (strings unquoted, objects as compact JSON).</summary>
    private static Dictionary<string, string?> Flatten(string? json)
    {
        var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(json))
        {
            return fields;
        }

        try
        {
            using var doc = JsonDocument.Parse(json);
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
            {
                fields["(valor)"] = Display(doc.RootElement);
                return fields;
            }

            foreach (var property in doc.RootElement.EnumerateObject())
            {
                fields[property.Name] = Display(property.Value);
            }
        }
        catch (JsonException)
        {
            // Entries written by hand may hold plain text; show it as it is.
            fields["(texto)"] = json;
        }

        return fields;
    }

    private static string? Display(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.String => value.GetString(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => value.GetRawText(),
    };
}
