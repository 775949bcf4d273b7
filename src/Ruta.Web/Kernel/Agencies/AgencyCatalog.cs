using System.Collections.Frozen;
using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.ReferenceData;

namespace Ruta.Web.Kernel.Agencies;

/// <summary>An institution that uses Ruta (seed data for the agency table).</summary>
/// <param name="Code">Stable code, e.g. "COMAR".</param>
/// <param name="Name">Official Spanish name.</param>
/// <param name="NameEn">English name.</param>
/// <param name="IsOversight">True for oversight bodies (read-only access, e.g. CNDH).</param>
public sealed record AgencySeed(string Code, string Name, string NameEn, bool IsOversight);

/// <summary>An office of an agency (seed data for the office table).</summary>
/// <param name="Code">Unique office code, prefixed with the agency code, e.g. "COMAR-TAP".</param>
/// <param name="AgencyCode">Code of the owning <see cref="AgencySeed"/>.</param>
/// <param name="Kind">Kind of office.</param>
/// <param name="Name">Spanish name.</param>
/// <param name="StateCode">INEGI two-digit state code, or "" when the office is abroad.</param>
/// <param name="City">City (Spanish spelling).</param>
/// <param name="CountryCode">ISO 3166-1 alpha-3 code when the office is abroad; null for offices in Mexico.</param>
public sealed record OfficeSeed(
    string Code,
    string AgencyCode,
    OfficeKind Kind,
    string Name,
    string StateCode,
    string City,
    string? CountryCode);

/// <summary>Kinds of office across the agencies.</summary>
public enum OfficeKind
{
    /// <summary>Oficinas centrales.</summary>
    Headquarters,

    /// <summary>Oficina de representación (COMAR, INM).</summary>
    RepresentationOffice,

    /// <summary>Oficina de enlace (COMAR).</summary>
    LiaisonOffice,

    /// <summary>Estación migratoria (INM).</summary>
    MigrationStation,

    /// <summary>Grupo Beta de Protección a Migrantes.</summary>
    BetaGroup,

    /// <summary>Sistema Nacional DIF.</summary>
    NationalSystem,

    /// <summary>Sistema Estatal DIF.</summary>
    StateSystem,

    /// <summary>Sistema Municipal DIF.</summary>
    MunicipalSystem,

    /// <summary>Federal office (e.g. the Procuraduría Federal de Protección de NNA).</summary>
    FederalOffice,

    /// <summary>State office (e.g. a state Procuraduría de Protección de NNA).</summary>
    StateOffice,

    /// <summary>Consulado (SRE, abroad).</summary>
    Consulate,

    /// <summary>Embajada (SRE, abroad).</summary>
    Embassy,

    /// <summary>Oficina del Registro Civil.</summary>
    RegistryOffice,

    /// <summary>Lugar destinado al tránsito internacional de personas (INM filter at an airport, bridge or crossing; LM art. 81).</summary>
    TransitPoint,
}

/// <summary>
/// Seed catalog of the agencies that use Ruta and their offices.
/// Sources: the seed document (Sustentación del IV informe de México al CMW, información adicional) for
/// COMAR's 9 representation and 4 liaison offices, the 22 Grupos Beta in 9 states, the DIF / Procuradurías
/// structure, the SRE consular network (Embassy and five consulates in Canada), SEGOB, CONASE, STPS, IMME,
/// Registro Civil and CNDH; public information of each institution (gob.mx) for the office locations.
/// State codes are INEGI codes (see <see cref="MexicanStates"/>).
/// </summary>
public static class AgencyCatalog
{
    private const string Cdmx = "09";
    private const string CdmxCity = "Ciudad de México";

    /// <summary>All agencies.</summary>
    public static IReadOnlyList<AgencySeed> Agencies { get; } = Array.AsReadOnly<AgencySeed>(
    [
        new(AgencyCodes.Comar, "Comisión Mexicana de Ayuda a Refugiados", "Mexican Commission for Refugee Assistance", false),
        new(AgencyCodes.Inm, "Instituto Nacional de Migración", "National Migration Institute", false),
        // Grupos Beta belong to INM but are their own agency in Ruta: they have no migration-agent powers
        // (seed: "Los Grupos Beta, no cuentan con facultades de Agente Migratorio").
        new(AgencyCodes.BetaGroups, "Grupos Beta de Protección a Migrantes", "Beta Groups for Migrant Protection", false),
        new(AgencyCodes.Dif, "Sistema Nacional para el Desarrollo Integral de la Familia", "National System for the Integral Development of the Family", false),
        new(AgencyCodes.ChildProtectionOffice, "Procuradurías de Protección de Niñas, Niños y Adolescentes", "Child and Adolescent Protection Offices", false),
        new(AgencyCodes.Sre, "Secretaría de Relaciones Exteriores", "Ministry of Foreign Affairs", false),
        // SEGOB coordinates "México te abraza" and the migration statistics.
        new(AgencyCodes.Segob, "Secretaría de Gobernación", "Ministry of the Interior", false),
        new(AgencyCodes.Conase, "Coordinación Nacional Antisecuestro", "National Anti-Kidnapping Coordination", false),
        new(AgencyCodes.Stps, "Secretaría del Trabajo y Previsión Social", "Ministry of Labor and Social Welfare", false),
        new(AgencyCodes.Imme, "Instituto de Mexicanas y Mexicanos en el Exterior", "Institute for Mexicans Abroad", false),
        new(AgencyCodes.CivilRegistry, "Registro Civil", "Civil Registry", false),
        new(AgencyCodes.Cndh, "Comisión Nacional de los Derechos Humanos", "National Human Rights Commission", true),
        new(AgencyCodes.Administration, "Administración de Ruta", "Ruta Administration", false),
    ]);

    // State capitals by INEGI code: seat of the state DIF system and of the state Procuraduría de
    // Protección de NNA in this seed (the usual location; a few state bodies sit in a neighbouring city).
    private static readonly (string StateCode, string Capital)[] StateCapitals =
    [
        ("01", "Aguascalientes"),
        ("02", "Mexicali"),
        ("03", "La Paz"),
        ("04", "San Francisco de Campeche"),
        ("05", "Saltillo"),
        ("06", "Colima"),
        ("07", "Tuxtla Gutiérrez"),
        ("08", "Chihuahua"),
        ("09", CdmxCity),
        ("10", "Durango"),
        ("11", "Guanajuato"),
        ("12", "Chilpancingo de los Bravo"),
        ("13", "Pachuca de Soto"),
        ("14", "Guadalajara"),
        ("15", "Toluca de Lerdo"),
        ("16", "Morelia"),
        ("17", "Cuernavaca"),
        ("18", "Tepic"),
        ("19", "Monterrey"),
        ("20", "Oaxaca de Juárez"),
        ("21", "Puebla"),
        ("22", "Santiago de Querétaro"),
        ("23", "Chetumal"),
        ("24", "San Luis Potosí"),
        ("25", "Culiacán"),
        ("26", "Hermosillo"),
        ("27", "Villahermosa"),
        ("28", "Ciudad Victoria"),
        ("29", "Tlaxcala"),
        ("30", "Xalapa"),
        ("31", "Mérida"),
        ("32", "Zacatecas"),
    ];

    /// <summary>All offices of all agencies.</summary>
    public static IReadOnlyList<OfficeSeed> Offices { get; } = Array.AsReadOnly(BuildOffices());

    private static readonly FrozenDictionary<string, AgencySeed> AgenciesByCode =
        Agencies.ToFrozenDictionary(a => a.Code, StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, OfficeSeed> OfficesByCode =
        Offices.ToFrozenDictionary(o => o.Code, StringComparer.OrdinalIgnoreCase);

    /// <summary>Finds an agency by code (case-insensitive, surrounding white space ignored).</summary>
    public static AgencySeed? Find(string? code) =>
        code is not null && AgenciesByCode.TryGetValue(code.Trim(), out var agency) ? agency : null;

    /// <summary>Finds an office by code (case-insensitive, surrounding white space ignored).</summary>
    public static OfficeSeed? FindOffice(string? code) =>
        code is not null && OfficesByCode.TryGetValue(code.Trim(), out var office) ? office : null;

    /// <summary>The offices of one agency, in catalog order.</summary>
    public static IReadOnlyList<OfficeSeed> OfficesOf(string? agencyCode) =>
        Find(agencyCode) is { } agency
            ? Offices.Where(o => o.AgencyCode == agency.Code).ToArray()
            : [];

    private static OfficeSeed[] BuildOffices()
    {
        var offices = new List<OfficeSeed>(200);

        void Mx(string code, string agency, OfficeKind kind, string name, string state, string city) =>
            offices.Add(new OfficeSeed(code, agency, kind, name, state, city, null));

        void Abroad(string code, OfficeKind kind, string name, string city, string country) =>
            offices.Add(new OfficeSeed(code, AgencyCodes.Sre, kind, name, "", city, country));

        // COMAR. Seed: "Cuenta con 9 oficinas de representación en Tijuana, Coahuila, Nuevo León, Jalisco,
        // Ciudad de México, Veracruz, Tabasco, Chiapas (una en Tapachula y otra en Palenque), así como 4
        // oficinas de enlace distribuidas en Ciudad Juárez, Villa Hermosa (Tabasco), Cancún y Tuxtla."
        // The Tabasco representation office is in Tenosique (opened before the Villahermosa liaison office).
        Mx("COMAR-HQ", AgencyCodes.Comar, OfficeKind.Headquarters, "Comisión Mexicana de Ayuda a Refugiados, Oficinas Centrales", Cdmx, CdmxCity);
        Mx("COMAR-TIJ", AgencyCodes.Comar, OfficeKind.RepresentationOffice, "Oficina de Representación de la COMAR en Tijuana", "02", "Tijuana");
        Mx("COMAR-SAL", AgencyCodes.Comar, OfficeKind.RepresentationOffice, "Oficina de Representación de la COMAR en Coahuila", "05", "Saltillo");
        Mx("COMAR-MTY", AgencyCodes.Comar, OfficeKind.RepresentationOffice, "Oficina de Representación de la COMAR en Nuevo León", "19", "Monterrey");
        Mx("COMAR-GDL", AgencyCodes.Comar, OfficeKind.RepresentationOffice, "Oficina de Representación de la COMAR en Jalisco", "14", "Guadalajara");
        Mx("COMAR-CDMX", AgencyCodes.Comar, OfficeKind.RepresentationOffice, "Oficina de Representación de la COMAR en la Ciudad de México", Cdmx, CdmxCity);
        Mx("COMAR-ACY", AgencyCodes.Comar, OfficeKind.RepresentationOffice, "Oficina de Representación de la COMAR en Veracruz", "30", "Acayucan");
        Mx("COMAR-TEN", AgencyCodes.Comar, OfficeKind.RepresentationOffice, "Oficina de Representación de la COMAR en Tabasco", "27", "Tenosique");
        Mx("COMAR-TAP", AgencyCodes.Comar, OfficeKind.RepresentationOffice, "Oficina de Representación de la COMAR en Tapachula", "07", "Tapachula");
        Mx("COMAR-PAL", AgencyCodes.Comar, OfficeKind.RepresentationOffice, "Oficina de Representación de la COMAR en Palenque", "07", "Palenque");
        Mx("COMAR-CJS", AgencyCodes.Comar, OfficeKind.LiaisonOffice, "Oficina de Enlace de la COMAR en Ciudad Juárez", "08", "Ciudad Juárez");
        Mx("COMAR-VSA", AgencyCodes.Comar, OfficeKind.LiaisonOffice, "Oficina de Enlace de la COMAR en Villahermosa", "27", "Villahermosa");
        Mx("COMAR-CUN", AgencyCodes.Comar, OfficeKind.LiaisonOffice, "Oficina de Enlace de la COMAR en Cancún", "23", "Cancún");
        Mx("COMAR-TGZ", AgencyCodes.Comar, OfficeKind.LiaisonOffice, "Oficina de Enlace de la COMAR en Tuxtla Gutiérrez", "07", "Tuxtla Gutiérrez");

        // INM: headquarters, migration stations (estaciones migratorias) and some state representation
        // offices (oficinas de representación). Only long-established stations are listed.
        Mx("INM-HQ", AgencyCodes.Inm, OfficeKind.Headquarters, "Instituto Nacional de Migración, Oficinas Centrales", Cdmx, CdmxCity);
        Mx("INM-EM-TAP", AgencyCodes.Inm, OfficeKind.MigrationStation, "Estación Migratoria Siglo XXI", "07", "Tapachula");
        Mx("INM-EM-TGZ", AgencyCodes.Inm, OfficeKind.MigrationStation, "Estación Migratoria Tuxtla Gutiérrez", "07", "Tuxtla Gutiérrez");
        Mx("INM-EM-ACY", AgencyCodes.Inm, OfficeKind.MigrationStation, "Estación Migratoria Acayucan", "30", "Acayucan");
        Mx("INM-EM-IZT", AgencyCodes.Inm, OfficeKind.MigrationStation, "Estación Migratoria Iztapalapa", Cdmx, CdmxCity);
        Mx("INM-EM-TEN", AgencyCodes.Inm, OfficeKind.MigrationStation, "Estación Migratoria Tenosique", "27", "Tenosique");
        Mx("INM-EM-VSA", AgencyCodes.Inm, OfficeKind.MigrationStation, "Estación Migratoria Villahermosa", "27", "Villahermosa");
        Mx("INM-EM-SAL", AgencyCodes.Inm, OfficeKind.MigrationStation, "Estación Migratoria Saltillo", "05", "Saltillo");
        Mx("INM-EM-TIJ", AgencyCodes.Inm, OfficeKind.MigrationStation, "Estación Migratoria Tijuana", "02", "Tijuana");
        Mx("INM-EM-CUU", AgencyCodes.Inm, OfficeKind.MigrationStation, "Estación Migratoria Chihuahua", "08", "Chihuahua");
        Mx("INM-EM-PUE", AgencyCodes.Inm, OfficeKind.MigrationStation, "Estación Migratoria Puebla", "21", "Puebla");
        Mx("INM-EM-QRO", AgencyCodes.Inm, OfficeKind.MigrationStation, "Estación Migratoria Querétaro", "22", "Santiago de Querétaro");
        Mx("INM-EM-OAX", AgencyCodes.Inm, OfficeKind.MigrationStation, "Estación Migratoria Oaxaca", "20", "Oaxaca de Juárez");
        Mx("INM-OR-07", AgencyCodes.Inm, OfficeKind.RepresentationOffice, "Oficina de Representación del INM en Chiapas", "07", "Tuxtla Gutiérrez");
        Mx("INM-OR-09", AgencyCodes.Inm, OfficeKind.RepresentationOffice, "Oficina de Representación del INM en la Ciudad de México", Cdmx, CdmxCity);
        Mx("INM-OR-19", AgencyCodes.Inm, OfficeKind.RepresentationOffice, "Oficina de Representación del INM en Nuevo León", "19", "Monterrey");
        Mx("INM-OR-20", AgencyCodes.Inm, OfficeKind.RepresentationOffice, "Oficina de Representación del INM en Oaxaca", "20", "Oaxaca de Juárez");
        Mx("INM-OR-27", AgencyCodes.Inm, OfficeKind.RepresentationOffice, "Oficina de Representación del INM en Tabasco", "27", "Villahermosa");
        // INM filters at places of international transit (control migratorio, LM arts. 81-91): a few long-established ones.
        Mx("INM-PI-AICM", AgencyCodes.Inm, OfficeKind.TransitPoint, "Aeropuerto Internacional de la Ciudad de México", Cdmx, CdmxCity);
        Mx("INM-PI-CUN", AgencyCodes.Inm, OfficeKind.TransitPoint, "Aeropuerto Internacional de Cancún", "23", "Cancún");
        Mx("INM-PI-CHI", AgencyCodes.Inm, OfficeKind.TransitPoint, "Puente Fronterizo Rodolfo Robles, Ciudad Hidalgo", "07", "Suchiate");
        Mx("INM-PI-TIJ", AgencyCodes.Inm, OfficeKind.TransitPoint, "Garita El Chaparral, Tijuana", "02", "Tijuana");
        Mx("INM-PI-CJS", AgencyCodes.Inm, OfficeKind.TransitPoint, "Puente Internacional Paso del Norte, Ciudad Juárez", "08", "Ciudad Juárez");

        // Grupos Beta. Seed: "Existen 22 Grupos Beta distribuidos en 9 estados del país: Baja California,
        // Sonora, Chihuahua, Coahuila, Tamaulipas, Veracruz, Tabasco, Chiapas y Oaxaca."
        Mx("BETA-TIJ", AgencyCodes.BetaGroups, OfficeKind.BetaGroup, "Grupo Beta Tijuana", "02", "Tijuana");
        Mx("BETA-TCT", AgencyCodes.BetaGroups, OfficeKind.BetaGroup, "Grupo Beta Tecate", "02", "Tecate");
        Mx("BETA-MXL", AgencyCodes.BetaGroups, OfficeKind.BetaGroup, "Grupo Beta Mexicali", "02", "Mexicali");
        Mx("BETA-NOG", AgencyCodes.BetaGroups, OfficeKind.BetaGroup, "Grupo Beta Nogales", "26", "Nogales");
        Mx("BETA-SAS", AgencyCodes.BetaGroups, OfficeKind.BetaGroup, "Grupo Beta Sásabe", "26", "El Sásabe");
        Mx("BETA-SLRC", AgencyCodes.BetaGroups, OfficeKind.BetaGroup, "Grupo Beta San Luis Río Colorado", "26", "San Luis Río Colorado");
        Mx("BETA-APR", AgencyCodes.BetaGroups, OfficeKind.BetaGroup, "Grupo Beta Agua Prieta", "26", "Agua Prieta");
        Mx("BETA-SYT", AgencyCodes.BetaGroups, OfficeKind.BetaGroup, "Grupo Beta Sonoyta", "26", "Sonoyta");
        Mx("BETA-CJS", AgencyCodes.BetaGroups, OfficeKind.BetaGroup, "Grupo Beta Ciudad Juárez", "08", "Ciudad Juárez");
        Mx("BETA-PLM", AgencyCodes.BetaGroups, OfficeKind.BetaGroup, "Grupo Beta Palomas", "08", "Puerto Palomas");
        Mx("BETA-PNG", AgencyCodes.BetaGroups, OfficeKind.BetaGroup, "Grupo Beta Piedras Negras", "05", "Piedras Negras");
        Mx("BETA-ACU", AgencyCodes.BetaGroups, OfficeKind.BetaGroup, "Grupo Beta Ciudad Acuña", "05", "Ciudad Acuña");
        Mx("BETA-NLD", AgencyCodes.BetaGroups, OfficeKind.BetaGroup, "Grupo Beta Nuevo Laredo", "28", "Nuevo Laredo");
        Mx("BETA-REX", AgencyCodes.BetaGroups, OfficeKind.BetaGroup, "Grupo Beta Reynosa", "28", "Reynosa");
        Mx("BETA-MAM", AgencyCodes.BetaGroups, OfficeKind.BetaGroup, "Grupo Beta Matamoros", "28", "Matamoros");
        Mx("BETA-VER", AgencyCodes.BetaGroups, OfficeKind.BetaGroup, "Grupo Beta Veracruz", "30", "Coatzacoalcos");
        Mx("BETA-TEN", AgencyCodes.BetaGroups, OfficeKind.BetaGroup, "Grupo Beta Tenosique", "27", "Tenosique");
        Mx("BETA-TAP", AgencyCodes.BetaGroups, OfficeKind.BetaGroup, "Grupo Beta Tapachula", "07", "Tapachula");
        Mx("BETA-CMT", AgencyCodes.BetaGroups, OfficeKind.BetaGroup, "Grupo Beta Comitán", "07", "Comitán de Domínguez");
        Mx("BETA-PQM", AgencyCodes.BetaGroups, OfficeKind.BetaGroup, "Grupo Beta Palenque", "07", "Palenque");
        Mx("BETA-ARR", AgencyCodes.BetaGroups, OfficeKind.BetaGroup, "Grupo Beta Arriaga", "07", "Arriaga");
        Mx("BETA-IXT", AgencyCodes.BetaGroups, OfficeKind.BetaGroup, "Grupo Beta Oaxaca", "20", "Ciudad Ixtepec");

        // DIF. Seed: children are channelled "al Sistema de Desarrollo Integral de la Familia en sus
        // diferentes niveles (municipal, estatal y federal)". National system, 32 state systems and the
        // municipal systems of the main points of the migration route.
        Mx("DIF-NAL", AgencyCodes.Dif, OfficeKind.NationalSystem, "Sistema Nacional para el Desarrollo Integral de la Familia", Cdmx, CdmxCity);
        foreach (var (state, capital) in StateCapitals)
        {
            Mx($"DIF-{state}", AgencyCodes.Dif, OfficeKind.StateSystem, $"Sistema para el Desarrollo Integral de la Familia {OfStateName(state)}", state, capital);
        }

        Mx("DIF-M-TAP", AgencyCodes.Dif, OfficeKind.MunicipalSystem, "Sistema DIF Municipal de Tapachula", "07", "Tapachula");
        Mx("DIF-M-TIJ", AgencyCodes.Dif, OfficeKind.MunicipalSystem, "Sistema DIF Municipal de Tijuana", "02", "Tijuana");
        Mx("DIF-M-CJS", AgencyCodes.Dif, OfficeKind.MunicipalSystem, "Sistema DIF Municipal de Juárez", "08", "Ciudad Juárez");
        Mx("DIF-M-ACY", AgencyCodes.Dif, OfficeKind.MunicipalSystem, "Sistema DIF Municipal de Acayucan", "30", "Acayucan");
        Mx("DIF-M-TEN", AgencyCodes.Dif, OfficeKind.MunicipalSystem, "Sistema DIF Municipal de Tenosique", "27", "Tenosique");
        Mx("DIF-M-REX", AgencyCodes.Dif, OfficeKind.MunicipalSystem, "Sistema DIF Municipal de Reynosa", "28", "Reynosa");

        // Procuradurías de Protección de Niñas, Niños y Adolescentes (Ley General de los Derechos de NNA):
        // the federal Procuraduría (part of SNDIF) and one per state.
        Mx("PROCURADURIA-FED", AgencyCodes.ChildProtectionOffice, OfficeKind.FederalOffice, "Procuraduría Federal de Protección de Niñas, Niños y Adolescentes", Cdmx, CdmxCity);
        foreach (var (state, capital) in StateCapitals)
        {
            Mx($"PROCURADURIA-{state}", AgencyCodes.ChildProtectionOffice, OfficeKind.StateOffice, $"Procuraduría de Protección de Niñas, Niños y Adolescentes {OfStateName(state)}", state, capital);
        }

        // SRE: headquarters, the consular network in the United States (PAMEX, México te abraza), and in
        // Canada the Embassy and the five consulates the seed mentions for PTAT workplace visits.
        Mx("SRE-HQ", AgencyCodes.Sre, OfficeKind.Headquarters, "Secretaría de Relaciones Exteriores, Oficinas Centrales", Cdmx, CdmxCity);
        Abroad("SRE-EMB-USA", OfficeKind.Embassy, "Embajada de México en Estados Unidos de América", "Washington, D. C.", "USA");
        Abroad("SRE-CON-LAX", OfficeKind.Consulate, "Consulado General de México en Los Ángeles", "Los Ángeles", "USA");
        Abroad("SRE-CON-SAN", OfficeKind.Consulate, "Consulado General de México en San Diego", "San Diego", "USA");
        Abroad("SRE-CON-SFO", OfficeKind.Consulate, "Consulado General de México en San Francisco", "San Francisco", "USA");
        Abroad("SRE-CON-SAC", OfficeKind.Consulate, "Consulado General de México en Sacramento", "Sacramento", "USA");
        Abroad("SRE-CON-PHX", OfficeKind.Consulate, "Consulado General de México en Phoenix", "Phoenix", "USA");
        Abroad("SRE-CON-ELP", OfficeKind.Consulate, "Consulado General de México en El Paso", "El Paso", "USA");
        Abroad("SRE-CON-SAT", OfficeKind.Consulate, "Consulado General de México en San Antonio", "San Antonio", "USA");
        Abroad("SRE-CON-HOU", OfficeKind.Consulate, "Consulado General de México en Houston", "Houston", "USA");
        Abroad("SRE-CON-DAL", OfficeKind.Consulate, "Consulado General de México en Dallas", "Dallas", "USA");
        Abroad("SRE-CON-CHI", OfficeKind.Consulate, "Consulado General de México en Chicago", "Chicago", "USA");
        Abroad("SRE-CON-ATL", OfficeKind.Consulate, "Consulado General de México en Atlanta", "Atlanta", "USA");
        Abroad("SRE-CON-MIA", OfficeKind.Consulate, "Consulado General de México en Miami", "Miami", "USA");
        Abroad("SRE-CON-NYC", OfficeKind.Consulate, "Consulado General de México en Nueva York", "Nueva York", "USA");
        Abroad("SRE-EMB-CAN", OfficeKind.Embassy, "Embajada de México en Canadá", "Ottawa", "CAN");
        Abroad("SRE-CON-YYZ", OfficeKind.Consulate, "Consulado General de México en Toronto", "Toronto", "CAN");
        Abroad("SRE-CON-YUL", OfficeKind.Consulate, "Consulado General de México en Montreal", "Montreal", "CAN");
        Abroad("SRE-CON-YVR", OfficeKind.Consulate, "Consulado General de México en Vancouver", "Vancouver", "CAN");
        Abroad("SRE-CON-YYC", OfficeKind.Consulate, "Consulado de México en Calgary", "Calgary", "CAN");
        Abroad("SRE-CON-LEA", OfficeKind.Consulate, "Consulado de México en Leamington", "Leamington", "CAN");

        // Federal bodies with a single seat in Ciudad de México.
        Mx("SEGOB-HQ", AgencyCodes.Segob, OfficeKind.Headquarters, "Secretaría de Gobernación, Oficinas Centrales", Cdmx, CdmxCity);
        Mx("CONASE-HQ", AgencyCodes.Conase, OfficeKind.Headquarters, "Coordinación Nacional Antisecuestro", Cdmx, CdmxCity);
        Mx("STPS-HQ", AgencyCodes.Stps, OfficeKind.Headquarters, "Secretaría del Trabajo y Previsión Social, Oficinas Centrales", Cdmx, CdmxCity);
        Mx("IMME-HQ", AgencyCodes.Imme, OfficeKind.Headquarters, "Instituto de Mexicanas y Mexicanos en el Exterior", Cdmx, CdmxCity);
        Mx("CNDH-HQ", AgencyCodes.Cndh, OfficeKind.Headquarters, "Comisión Nacional de los Derechos Humanos", Cdmx, CdmxCity);
        Mx("ADMIN-HQ", AgencyCodes.Administration, OfficeKind.Headquarters, "Administración de Ruta", Cdmx, CdmxCity);

        // Registro Civil: state registries of the main transit and return states (seed: birth-registration
        // campaigns "en las entidades federativas donde se encuentran los principales puntos de tránsito").
        Mx("REGISTROCIVIL-02", AgencyCodes.CivilRegistry, OfficeKind.RegistryOffice, "Registro Civil del Estado de Baja California", "02", "Mexicali");
        Mx("REGISTROCIVIL-07", AgencyCodes.CivilRegistry, OfficeKind.RegistryOffice, "Registro Civil del Estado de Chiapas", "07", "Tuxtla Gutiérrez");
        Mx("REGISTROCIVIL-08", AgencyCodes.CivilRegistry, OfficeKind.RegistryOffice, "Registro Civil del Estado de Chihuahua", "08", "Chihuahua");
        Mx("REGISTROCIVIL-09", AgencyCodes.CivilRegistry, OfficeKind.RegistryOffice, "Registro Civil de la Ciudad de México", Cdmx, CdmxCity);
        Mx("REGISTROCIVIL-28", AgencyCodes.CivilRegistry, OfficeKind.RegistryOffice, "Registro Civil del Estado de Tamaulipas", "28", "Ciudad Victoria");

        return [.. offices];
    }

    // "del Estado de Chiapas", "de la Ciudad de México", "del Estado de México".
    private static string OfStateName(string inegiCode) => inegiCode switch
    {
        "09" => "de la Ciudad de México",
        "15" => "del Estado de México",
        _ => "del Estado de " + (MexicanStates.Find(inegiCode)?.Name
            ?? throw new InvalidOperationException($"Unknown INEGI state code '{inegiCode}'.")),
    };
}
