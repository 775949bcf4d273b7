using System.Collections.Frozen;
using System.Globalization;

namespace Ruta.Web.Kernel.ReferenceData;

/// <summary>A country or territory, keyed by its ISO 3166-1 alpha-3 code.</summary>
/// <param name="Code">ISO 3166-1 alpha-3 code (upper case), or one of the ICAO Doc 9303 nationality codes XXA/XXB/XXC/XXX.</param>
/// <param name="NameEs">Spanish short name, as used by SRE/INEGI catalogs.</param>
/// <param name="NameEn">English short name.</param>
public sealed record Country(string Code, string NameEs, string NameEn);

/// <summary>
/// Catalog of countries and territories.
/// Source: ISO 3166-1 (all 249 officially assigned alpha-3 codes); Spanish short names follow the usage of
/// the Secretaría de Relaciones Exteriores and INEGI; English short names follow ISO 3166-1 / UN usage.
/// In addition, the four ICAO Doc 9303 (Part 3) codes that may appear in the nationality field of a
/// machine-readable travel document (MRZ) are included so that passports and travel documents read by
/// scanners can be recorded: XXA, XXB, XXC and XXX. They are not countries; see <see cref="IsIcaoSpecialCode"/>.
/// </summary>
public static class Countries
{
    /// <summary>Number of ISO 3166-1 officially assigned alpha-3 codes in the catalog.</summary>
    public const int IsoCountryCount = 249;

    /// <summary>ICAO Doc 9303: stateless person (as defined in Article 1 of the 1954 Convention).</summary>
    public const string StatelessPersonCode = "XXA";

    /// <summary>ICAO Doc 9303: refugee as defined in Article 1 of the 1951 Convention (as amended by the 1967 Protocol).</summary>
    public const string ConventionRefugeeCode = "XXB";

    /// <summary>ICAO Doc 9303: refugee other than as defined under code XXB.</summary>
    public const string OtherRefugeeCode = "XXC";

    /// <summary>ICAO Doc 9303: person of unspecified nationality.</summary>
    public const string UnspecifiedNationalityCode = "XXX";

    // ISO 3166-1 alpha-3, officially assigned codes (ISO 3166 Maintenance Agency; 249 entries), in code order.
    private static readonly Country[] IsoCountries =
    [
        new("ABW", "Aruba", "Aruba"),
        new("AFG", "Afganistán", "Afghanistan"),
        new("AGO", "Angola", "Angola"),
        new("AIA", "Anguila", "Anguilla"),
        new("ALA", "Islas Åland", "Åland Islands"),
        new("ALB", "Albania", "Albania"),
        new("AND", "Andorra", "Andorra"),
        new("ARE", "Emiratos Árabes Unidos", "United Arab Emirates"),
        new("ARG", "Argentina", "Argentina"),
        new("ARM", "Armenia", "Armenia"),
        new("ASM", "Samoa Americana", "American Samoa"),
        new("ATA", "Antártida", "Antarctica"),
        new("ATF", "Territorios Australes Franceses", "French Southern Territories"),
        new("ATG", "Antigua y Barbuda", "Antigua and Barbuda"),
        new("AUS", "Australia", "Australia"),
        new("AUT", "Austria", "Austria"),
        new("AZE", "Azerbaiyán", "Azerbaijan"),
        new("BDI", "Burundi", "Burundi"),
        new("BEL", "Bélgica", "Belgium"),
        new("BEN", "Benín", "Benin"),
        new("BES", "Bonaire, San Eustaquio y Saba", "Bonaire, Sint Eustatius and Saba"),
        new("BFA", "Burkina Faso", "Burkina Faso"),
        new("BGD", "Bangladés", "Bangladesh"),
        new("BGR", "Bulgaria", "Bulgaria"),
        new("BHR", "Baréin", "Bahrain"),
        new("BHS", "Bahamas", "Bahamas"),
        new("BIH", "Bosnia y Herzegovina", "Bosnia and Herzegovina"),
        new("BLM", "San Bartolomé", "Saint Barthélemy"),
        new("BLR", "Belarús", "Belarus"),
        new("BLZ", "Belice", "Belize"),
        new("BMU", "Bermudas", "Bermuda"),
        new("BOL", "Bolivia", "Bolivia"),
        new("BRA", "Brasil", "Brazil"),
        new("BRB", "Barbados", "Barbados"),
        new("BRN", "Brunéi Darussalam", "Brunei Darussalam"),
        new("BTN", "Bután", "Bhutan"),
        new("BVT", "Isla Bouvet", "Bouvet Island"),
        new("BWA", "Botsuana", "Botswana"),
        new("CAF", "República Centroafricana", "Central African Republic"),
        new("CAN", "Canadá", "Canada"),
        new("CCK", "Islas Cocos (Keeling)", "Cocos (Keeling) Islands"),
        new("CHE", "Suiza", "Switzerland"),
        new("CHL", "Chile", "Chile"),
        new("CHN", "China", "China"),
        new("CIV", "Costa de Marfil", "Côte d'Ivoire"),
        new("CMR", "Camerún", "Cameroon"),
        new("COD", "República Democrática del Congo", "Democratic Republic of the Congo"),
        new("COG", "Congo", "Congo"),
        new("COK", "Islas Cook", "Cook Islands"),
        new("COL", "Colombia", "Colombia"),
        new("COM", "Comoras", "Comoros"),
        new("CPV", "Cabo Verde", "Cabo Verde"),
        new("CRI", "Costa Rica", "Costa Rica"),
        new("CUB", "Cuba", "Cuba"),
        new("CUW", "Curazao", "Curaçao"),
        new("CXR", "Isla de Navidad", "Christmas Island"),
        new("CYM", "Islas Caimán", "Cayman Islands"),
        new("CYP", "Chipre", "Cyprus"),
        new("CZE", "Chequia", "Czechia"),
        new("DEU", "Alemania", "Germany"),
        new("DJI", "Yibuti", "Djibouti"),
        new("DMA", "Dominica", "Dominica"),
        new("DNK", "Dinamarca", "Denmark"),
        new("DOM", "República Dominicana", "Dominican Republic"),
        new("DZA", "Argelia", "Algeria"),
        new("ECU", "Ecuador", "Ecuador"),
        new("EGY", "Egipto", "Egypt"),
        new("ERI", "Eritrea", "Eritrea"),
        new("ESH", "Sahara Occidental", "Western Sahara"),
        new("ESP", "España", "Spain"),
        new("EST", "Estonia", "Estonia"),
        new("ETH", "Etiopía", "Ethiopia"),
        new("FIN", "Finlandia", "Finland"),
        new("FJI", "Fiyi", "Fiji"),
        new("FLK", "Islas Malvinas (Falkland)", "Falkland Islands (Malvinas)"),
        new("FRA", "Francia", "France"),
        new("FRO", "Islas Feroe", "Faroe Islands"),
        new("FSM", "Micronesia", "Micronesia (Federated States of)"),
        new("GAB", "Gabón", "Gabon"),
        new("GBR", "Reino Unido", "United Kingdom"),
        new("GEO", "Georgia", "Georgia"),
        new("GGY", "Guernsey", "Guernsey"),
        new("GHA", "Ghana", "Ghana"),
        new("GIB", "Gibraltar", "Gibraltar"),
        new("GIN", "Guinea", "Guinea"),
        new("GLP", "Guadalupe", "Guadeloupe"),
        new("GMB", "Gambia", "Gambia"),
        new("GNB", "Guinea-Bisáu", "Guinea-Bissau"),
        new("GNQ", "Guinea Ecuatorial", "Equatorial Guinea"),
        new("GRC", "Grecia", "Greece"),
        new("GRD", "Granada", "Grenada"),
        new("GRL", "Groenlandia", "Greenland"),
        new("GTM", "Guatemala", "Guatemala"),
        new("GUF", "Guayana Francesa", "French Guiana"),
        new("GUM", "Guam", "Guam"),
        new("GUY", "Guyana", "Guyana"),
        new("HKG", "Hong Kong", "Hong Kong"),
        new("HMD", "Islas Heard y McDonald", "Heard Island and McDonald Islands"),
        new("HND", "Honduras", "Honduras"),
        new("HRV", "Croacia", "Croatia"),
        new("HTI", "Haití", "Haiti"),
        new("HUN", "Hungría", "Hungary"),
        new("IDN", "Indonesia", "Indonesia"),
        new("IMN", "Isla de Man", "Isle of Man"),
        new("IND", "India", "India"),
        new("IOT", "Territorio Británico del Océano Índico", "British Indian Ocean Territory"),
        new("IRL", "Irlanda", "Ireland"),
        new("IRN", "Irán", "Iran"),
        new("IRQ", "Irak", "Iraq"),
        new("ISL", "Islandia", "Iceland"),
        new("ISR", "Israel", "Israel"),
        new("ITA", "Italia", "Italy"),
        new("JAM", "Jamaica", "Jamaica"),
        new("JEY", "Jersey", "Jersey"),
        new("JOR", "Jordania", "Jordan"),
        new("JPN", "Japón", "Japan"),
        new("KAZ", "Kazajistán", "Kazakhstan"),
        new("KEN", "Kenia", "Kenya"),
        new("KGZ", "Kirguistán", "Kyrgyzstan"),
        new("KHM", "Camboya", "Cambodia"),
        new("KIR", "Kiribati", "Kiribati"),
        new("KNA", "San Cristóbal y Nieves", "Saint Kitts and Nevis"),
        new("KOR", "Corea del Sur", "South Korea"),
        new("KWT", "Kuwait", "Kuwait"),
        new("LAO", "Laos", "Laos"),
        new("LBN", "Líbano", "Lebanon"),
        new("LBR", "Liberia", "Liberia"),
        new("LBY", "Libia", "Libya"),
        new("LCA", "Santa Lucía", "Saint Lucia"),
        new("LIE", "Liechtenstein", "Liechtenstein"),
        new("LKA", "Sri Lanka", "Sri Lanka"),
        new("LSO", "Lesoto", "Lesotho"),
        new("LTU", "Lituania", "Lithuania"),
        new("LUX", "Luxemburgo", "Luxembourg"),
        new("LVA", "Letonia", "Latvia"),
        new("MAC", "Macao", "Macao"),
        new("MAF", "San Martín (parte francesa)", "Saint Martin (French part)"),
        new("MAR", "Marruecos", "Morocco"),
        new("MCO", "Mónaco", "Monaco"),
        new("MDA", "Moldavia", "Moldova"),
        new("MDG", "Madagascar", "Madagascar"),
        new("MDV", "Maldivas", "Maldives"),
        new("MEX", "México", "Mexico"),
        new("MHL", "Islas Marshall", "Marshall Islands"),
        new("MKD", "Macedonia del Norte", "North Macedonia"),
        new("MLI", "Malí", "Mali"),
        new("MLT", "Malta", "Malta"),
        new("MMR", "Myanmar", "Myanmar"),
        new("MNE", "Montenegro", "Montenegro"),
        new("MNG", "Mongolia", "Mongolia"),
        new("MNP", "Islas Marianas del Norte", "Northern Mariana Islands"),
        new("MOZ", "Mozambique", "Mozambique"),
        new("MRT", "Mauritania", "Mauritania"),
        new("MSR", "Montserrat", "Montserrat"),
        new("MTQ", "Martinica", "Martinique"),
        new("MUS", "Mauricio", "Mauritius"),
        new("MWI", "Malaui", "Malawi"),
        new("MYS", "Malasia", "Malaysia"),
        new("MYT", "Mayotte", "Mayotte"),
        new("NAM", "Namibia", "Namibia"),
        new("NCL", "Nueva Caledonia", "New Caledonia"),
        new("NER", "Níger", "Niger"),
        new("NFK", "Isla Norfolk", "Norfolk Island"),
        new("NGA", "Nigeria", "Nigeria"),
        new("NIC", "Nicaragua", "Nicaragua"),
        new("NIU", "Niue", "Niue"),
        new("NLD", "Países Bajos", "Netherlands"),
        new("NOR", "Noruega", "Norway"),
        new("NPL", "Nepal", "Nepal"),
        new("NRU", "Nauru", "Nauru"),
        new("NZL", "Nueva Zelandia", "New Zealand"),
        new("OMN", "Omán", "Oman"),
        new("PAK", "Pakistán", "Pakistan"),
        new("PAN", "Panamá", "Panama"),
        new("PCN", "Islas Pitcairn", "Pitcairn"),
        new("PER", "Perú", "Peru"),
        new("PHL", "Filipinas", "Philippines"),
        new("PLW", "Palaos", "Palau"),
        new("PNG", "Papúa Nueva Guinea", "Papua New Guinea"),
        new("POL", "Polonia", "Poland"),
        new("PRI", "Puerto Rico", "Puerto Rico"),
        new("PRK", "Corea del Norte", "North Korea"),
        new("PRT", "Portugal", "Portugal"),
        new("PRY", "Paraguay", "Paraguay"),
        new("PSE", "Palestina", "Palestine"),
        new("PYF", "Polinesia Francesa", "French Polynesia"),
        new("QAT", "Catar", "Qatar"),
        new("REU", "Reunión", "Réunion"),
        new("ROU", "Rumania", "Romania"),
        new("RUS", "Rusia", "Russia"),
        new("RWA", "Ruanda", "Rwanda"),
        new("SAU", "Arabia Saudita", "Saudi Arabia"),
        new("SDN", "Sudán", "Sudan"),
        new("SEN", "Senegal", "Senegal"),
        new("SGP", "Singapur", "Singapore"),
        new("SGS", "Islas Georgias del Sur y Sandwich del Sur", "South Georgia and the South Sandwich Islands"),
        new("SHN", "Santa Elena, Ascensión y Tristán de Acuña", "Saint Helena, Ascension and Tristan da Cunha"),
        new("SJM", "Svalbard y Jan Mayen", "Svalbard and Jan Mayen"),
        new("SLB", "Islas Salomón", "Solomon Islands"),
        new("SLE", "Sierra Leona", "Sierra Leone"),
        new("SLV", "El Salvador", "El Salvador"),
        new("SMR", "San Marino", "San Marino"),
        new("SOM", "Somalia", "Somalia"),
        new("SPM", "San Pedro y Miquelón", "Saint Pierre and Miquelon"),
        new("SRB", "Serbia", "Serbia"),
        new("SSD", "Sudán del Sur", "South Sudan"),
        new("STP", "Santo Tomé y Príncipe", "Sao Tome and Principe"),
        new("SUR", "Surinam", "Suriname"),
        new("SVK", "Eslovaquia", "Slovakia"),
        new("SVN", "Eslovenia", "Slovenia"),
        new("SWE", "Suecia", "Sweden"),
        new("SWZ", "Esuatini", "Eswatini"),
        new("SXM", "San Martín (parte neerlandesa)", "Sint Maarten (Dutch part)"),
        new("SYC", "Seychelles", "Seychelles"),
        new("SYR", "Siria", "Syria"),
        new("TCA", "Islas Turcas y Caicos", "Turks and Caicos Islands"),
        new("TCD", "Chad", "Chad"),
        new("TGO", "Togo", "Togo"),
        new("THA", "Tailandia", "Thailand"),
        new("TJK", "Tayikistán", "Tajikistan"),
        new("TKL", "Tokelau", "Tokelau"),
        new("TKM", "Turkmenistán", "Turkmenistan"),
        new("TLS", "Timor-Leste", "Timor-Leste"),
        new("TON", "Tonga", "Tonga"),
        new("TTO", "Trinidad y Tobago", "Trinidad and Tobago"),
        new("TUN", "Túnez", "Tunisia"),
        new("TUR", "Turquía", "Türkiye"),
        new("TUV", "Tuvalu", "Tuvalu"),
        new("TWN", "Taiwán", "Taiwan"),
        new("TZA", "Tanzania", "Tanzania"),
        new("UGA", "Uganda", "Uganda"),
        new("UKR", "Ucrania", "Ukraine"),
        new("UMI", "Islas Ultramarinas Menores de Estados Unidos", "United States Minor Outlying Islands"),
        new("URY", "Uruguay", "Uruguay"),
        new("USA", "Estados Unidos de América", "United States of America"),
        new("UZB", "Uzbekistán", "Uzbekistan"),
        new("VAT", "Santa Sede (Ciudad del Vaticano)", "Holy See (Vatican City)"),
        new("VCT", "San Vicente y las Granadinas", "Saint Vincent and the Grenadines"),
        new("VEN", "Venezuela", "Venezuela"),
        new("VGB", "Islas Vírgenes Británicas", "British Virgin Islands"),
        new("VIR", "Islas Vírgenes de los Estados Unidos", "United States Virgin Islands"),
        new("VNM", "Vietnam", "Viet Nam"),
        new("VUT", "Vanuatu", "Vanuatu"),
        new("WLF", "Wallis y Futuna", "Wallis and Futuna"),
        new("WSM", "Samoa", "Samoa"),
        new("YEM", "Yemen", "Yemen"),
        new("ZAF", "Sudáfrica", "South Africa"),
        new("ZMB", "Zambia", "Zambia"),
        new("ZWE", "Zimbabue", "Zimbabwe"),
    ];

    // ICAO Doc 9303, Part 3 ("Specifications common to all MRTDs"), codes for the nationality / issuing
    // State fields that are not ISO 3166-1 countries. Kept for MRZ compatibility only.
    private static readonly Country[] IcaoSpecialCodes =
    [
        new(StatelessPersonCode, "Apátrida", "Stateless person"),
        new(ConventionRefugeeCode, "Refugiado (Convención de 1951)", "Refugee (1951 Convention)"),
        new(OtherRefugeeCode, "Refugiado (otro instrumento)", "Refugee (other than the 1951 Convention)"),
        new(UnspecifiedNationalityCode, "Nacionalidad no especificada", "Unspecified nationality"),
    ];

    private static readonly FrozenSet<string> IcaoCodes =
        IcaoSpecialCodes.Select(c => c.Code).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>All entries (ISO 3166-1 countries and the ICAO special codes), sorted by Spanish name.</summary>
    public static IReadOnlyList<Country> All { get; } = Array.AsReadOnly(
        IsoCountries.Concat(IcaoSpecialCodes).OrderBy(c => c.NameEs, ReferenceDataCollation.Spanish).ToArray());

    private static readonly FrozenDictionary<string, Country> ByCode =
        All.ToFrozenDictionary(c => c.Code, StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, Country>.AlternateLookup<ReadOnlySpan<char>> ByCodeSpan =
        ByCode.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Finds an entry by its alpha-3 code (case-insensitive, surrounding white space ignored).</summary>
    public static Country? Find(string? code)
    {
        if (code is null)
        {
            return null;
        }

        return ByCodeSpan.TryGetValue(code.AsSpan().Trim(), out var country) ? country : null;
    }

    /// <summary>True when <paramref name="code"/> is a known alpha-3 code (ISO 3166-1 or ICAO special code).</summary>
    public static bool IsKnown(string? code) => Find(code) is not null;

    /// <summary>True when <paramref name="code"/> is one of the ICAO Doc 9303 codes XXA, XXB, XXC or XXX (not a country).</summary>
    public static bool IsIcaoSpecialCode(string? code) =>
        code is not null && IcaoCodes.Contains(code.Trim());
}

/// <summary>Spanish (Mexico) collation used to sort reference-data catalogs for display.</summary>
internal static class ReferenceDataCollation
{
    /// <summary>
    /// es-MX linguistic comparison, case-insensitive. Accents are secondary differences, so "Árabe" sorts
    /// among the "A" entries, and "Ñ" sorts after "N" as in Spanish dictionaries.
    /// </summary>
    public static readonly StringComparer Spanish =
        StringComparer.Create(CultureInfo.GetCultureInfo("es-MX"), CompareOptions.IgnoreCase);
}
