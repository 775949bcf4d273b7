using System.Collections.Frozen;

namespace Ruta.Web.Kernel.ReferenceData;

/// <summary>A Mexican federal entity (entidad federativa).</summary>
/// <param name="InegiCode">Two-digit INEGI code, "01" to "32".</param>
/// <param name="CurpCode">Two-letter entity code used in positions 12–13 of the CURP (RENAPO).</param>
/// <param name="Name">Usual Spanish name, e.g. "Chiapas".</param>
public sealed record MexicanState(string InegiCode, string CurpCode, string Name);

/// <summary>
/// The 32 federal entities of Mexico.
/// Sources: INEGI, Marco Geoestadístico (Catálogo Único de Claves de Áreas Geoestadísticas Estatales),
/// for the codes and their order; RENAPO, Instructivo Normativo para la Asignación de la CURP, for the
/// two-letter entity codes. Names are the usual short forms (INEGI's official names are longer for four
/// entities: "Coahuila de Zaragoza", "México", "Michoacán de Ocampo", "Veracruz de Ignacio de la Llave").
/// </summary>
public static class MexicanStates
{
    /// <summary>CURP entity code for a person born abroad ("Nacido en el Extranjero"); not a state.</summary>
    public const string BornAbroadCurpCode = "NE";

    private static readonly MexicanState[] Source =
    [
        new("01", "AS", "Aguascalientes"),
        new("02", "BC", "Baja California"),
        new("03", "BS", "Baja California Sur"),
        new("04", "CC", "Campeche"),
        new("05", "CL", "Coahuila"),
        new("06", "CM", "Colima"),
        new("07", "CS", "Chiapas"),
        new("08", "CH", "Chihuahua"),
        // RENAPO kept "DF" (Distrito Federal) as the CURP code after the 2016 reform that created Ciudad de México.
        new("09", "DF", "Ciudad de México"),
        new("10", "DG", "Durango"),
        new("11", "GT", "Guanajuato"),
        new("12", "GR", "Guerrero"),
        new("13", "HG", "Hidalgo"),
        new("14", "JC", "Jalisco"),
        new("15", "MC", "Estado de México"),
        new("16", "MN", "Michoacán"),
        new("17", "MS", "Morelos"),
        new("18", "NT", "Nayarit"),
        new("19", "NL", "Nuevo León"),
        new("20", "OC", "Oaxaca"),
        new("21", "PL", "Puebla"),
        new("22", "QT", "Querétaro"),
        new("23", "QR", "Quintana Roo"),
        new("24", "SP", "San Luis Potosí"),
        new("25", "SL", "Sinaloa"),
        new("26", "SR", "Sonora"),
        new("27", "TC", "Tabasco"),
        new("28", "TS", "Tamaulipas"),
        new("29", "TL", "Tlaxcala"),
        new("30", "VZ", "Veracruz"),
        new("31", "YN", "Yucatán"),
        new("32", "ZS", "Zacatecas"),
    ];

    /// <summary>The 32 entities in INEGI order (01 Aguascalientes … 32 Zacatecas).</summary>
    public static IReadOnlyList<MexicanState> All { get; } = Array.AsReadOnly(Source);

    private static readonly FrozenDictionary<string, MexicanState> ByInegiCode =
        Source.ToFrozenDictionary(s => s.InegiCode, StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, MexicanState>.AlternateLookup<ReadOnlySpan<char>> ByInegiCodeSpan =
        ByInegiCode.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenDictionary<string, MexicanState> ByCurpCode =
        Source.ToFrozenDictionary(s => s.CurpCode, StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, MexicanState>.AlternateLookup<ReadOnlySpan<char>> ByCurpCodeSpan =
        ByCurpCode.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Finds an entity by its two-digit INEGI code, e.g. "07" (surrounding white space ignored).
    /// Codes must be zero-padded: "7" is not an INEGI entity code.
    /// </summary>
    public static MexicanState? Find(string? inegiCode)
    {
        if (inegiCode is null)
        {
            return null;
        }

        return ByInegiCodeSpan.TryGetValue(inegiCode.AsSpan().Trim(), out var state) ? state : null;
    }

    /// <summary>Finds an entity by its two-letter CURP code (case-insensitive), e.g. "CS" for Chiapas.</summary>
    public static MexicanState? FindByCurpCode(string? code)
    {
        if (code is null)
        {
            return null;
        }

        return ByCurpCodeSpan.TryGetValue(code.AsSpan().Trim(), out var state) ? state : null;
    }

    /// <summary>True when <paramref name="inegiCode"/> is one of the 32 INEGI entity codes (see <see cref="Find"/>).</summary>
    public static bool IsKnown(string? inegiCode) => Find(inegiCode) is not null;
}
