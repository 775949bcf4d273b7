using System.Collections.Frozen;

namespace Ruta.Web.Kernel.ReferenceData;

/// <summary>A language, keyed by its ISO 639-3 code.</summary>
/// <param name="Code">ISO 639-3 code (lower case); individual language or macrolanguage.</param>
/// <param name="NameEs">Spanish name (for Mexican indigenous languages, the name used by INALI).</param>
/// <param name="NameEn">English name.</param>
public sealed record Language(string Code, string NameEs, string NameEn);

/// <summary>
/// Catalog of the languages that officers most often need to record for persons in the migration context
/// (mother tongue, language of interview, interpreter needed).
/// Source: ISO 639-3 code tables (SIL International, registration authority); every code below was checked
/// against the ISO 639-3 table. Spanish names of the indigenous languages of Mexico follow the Catálogo de
/// las Lenguas Indígenas Nacionales (INALI). Where ISO 639-3 defines a macrolanguage (e.g. ara, zho, fas, zap,
/// que) the macrolanguage code is used; ISO 639-2/639-5 collective codes (nah, myn, oto…) are deliberately
/// not used because they are not ISO 639-3 codes.
/// </summary>
public static class Languages
{
    private static readonly Language[] Source =
    [
        // Major languages of the Americas and Europe (rom is an ISO 639-3 macrolanguage)
        new("spa", "Español", "Spanish"),
        new("eng", "Inglés", "English"),
        new("fra", "Francés", "French"),
        new("por", "Portugués", "Portuguese"),
        new("hat", "Criollo haitiano", "Haitian Creole"),
        new("deu", "Alemán", "German"),
        new("ita", "Italiano", "Italian"),
        new("rus", "Ruso", "Russian"),
        new("ukr", "Ucraniano", "Ukrainian"),
        new("rom", "Romaní", "Romani"),

        // Middle East, Central and South Asia (fas, ara, kur, pus, nep are ISO 639-3 macrolanguages)
        new("ara", "Árabe", "Arabic"),
        new("tur", "Turco", "Turkish"),
        new("fas", "Persa", "Persian"),
        new("prs", "Darí", "Dari"),
        new("pus", "Pastún", "Pashto"),
        new("kur", "Kurdo", "Kurdish"),
        new("kat", "Georgiano", "Georgian"),
        new("hye", "Armenio", "Armenian"),
        new("hin", "Hindi", "Hindi"),
        new("urd", "Urdu", "Urdu"),
        new("ben", "Bengalí", "Bengali"),
        new("nep", "Nepalí", "Nepali"),
        new("pan", "Panyabí", "Punjabi"),
        new("tam", "Tamil", "Tamil"),
        new("tel", "Telugu", "Telugu"),

        // East and Southeast Asia (zho is the ISO 639-3 macrolanguage; cmn and yue are its main members)
        new("zho", "Chino", "Chinese"),
        new("cmn", "Chino mandarín", "Mandarin Chinese"),
        new("yue", "Chino cantonés", "Cantonese (Yue Chinese)"),
        new("vie", "Vietnamita", "Vietnamese"),
        new("tgl", "Tagalo", "Tagalog"),
        new("kor", "Coreano", "Korean"),
        new("jpn", "Japonés", "Japanese"),

        // Africa (swa, ful, man, aka, orm are ISO 639-3 macrolanguages; fuf is the Pular of Guinea)
        new("wol", "Wólof", "Wolof"),
        new("lin", "Lingala", "Lingala"),
        new("swa", "Suajili", "Swahili"),
        new("amh", "Amárico", "Amharic"),
        new("tir", "Tigriña", "Tigrinya"),
        new("som", "Somalí", "Somali"),
        new("orm", "Oromo", "Oromo"),
        new("ful", "Fula", "Fula (Fulah)"),
        new("fuf", "Pular", "Pular"),
        new("man", "Mandinga", "Mandingo"),
        new("bam", "Bambara", "Bambara"),
        new("sus", "Susu", "Susu"),
        new("yor", "Yoruba", "Yoruba"),
        new("ibo", "Igbo", "Igbo"),
        new("hau", "Hausa", "Hausa"),
        new("aka", "Akan", "Akan"),
        new("kin", "Kinyarwanda", "Kinyarwanda"),

        // Indigenous languages of South America (que, aym, grn are ISO 639-3 macrolanguages)
        new("que", "Quechua", "Quechua"),
        new("aym", "Aimara", "Aymara"),
        new("grn", "Guaraní", "Guarani"),

        // Indigenous languages of Central America (Mayan languages of Guatemala and Belize; Garifuna; Miskito)
        new("quc", "K'iche'", "K'iche'"),
        new("mam", "Mam", "Mam"),
        new("kek", "Q'eqchi'", "Q'eqchi' (Kekchí)"),
        new("cak", "Kaqchikel", "Kaqchikel"),
        new("kjb", "Q'anjob'al", "Q'anjob'al"),
        new("knj", "Akateko", "Akateko (Western Kanjobal)"),
        new("cac", "Chuj", "Chuj"),
        new("acr", "Achi", "Achi"),
        new("ixl", "Ixil", "Ixil"),
        new("poh", "Poqomchi'", "Poqomchi'"),
        new("poc", "Poqomam", "Poqomam"),
        new("tzj", "Tz'utujil", "Tz'utujil"),
        new("agu", "Awakateko", "Awakateko (Aguacateco)"),
        new("jac", "Popti' (jakalteko)", "Popti' (Jakalteko)"),
        new("ttc", "Tektiteko", "Tektiteko"),
        new("usp", "Uspanteko", "Uspanteko"),
        new("qum", "Sipakapense", "Sipakapense"),
        new("quv", "Sakapulteko", "Sakapulteko"),
        new("caa", "Ch'orti'", "Ch'orti'"),
        new("mop", "Mopán", "Mopan Maya"),
        new("itz", "Itzá", "Itza'"),
        new("cab", "Garífuna", "Garifuna"),
        new("miq", "Miskito", "Miskito"),

        // Indigenous languages of Mexico (INALI agrupaciones). ISO 639-3 has no single code for most of them:
        // Zapotec (zap) is a macrolanguage; Nahuatl, Mixtec, Otomi, Mazatec, Chinantec, Mixe and Totonac are
        // listed by their individual varieties, named in full so that no variety is mistaken for the group.
        new("nhe", "Náhuatl de la Huasteca oriental", "Eastern Huasteca Nahuatl"),
        new("nch", "Náhuatl de la Huasteca central", "Central Huasteca Nahuatl"),
        new("nhw", "Náhuatl de la Huasteca occidental", "Western Huasteca Nahuatl"),
        new("ngu", "Náhuatl de Guerrero", "Guerrero Nahuatl"),
        new("nhn", "Náhuatl central", "Central Nahuatl"),
        new("azz", "Náhuatl de la Sierra Norte de Puebla", "Highland Puebla Nahuatl"),
        new("nlv", "Náhuatl de Orizaba", "Orizaba Nahuatl"),
        new("yua", "Maya yucateco", "Yucatec Maya"),
        new("tzo", "Tsotsil", "Tzotzil"),
        new("tzh", "Tseltal", "Tzeltal"),
        new("ctu", "Ch'ol", "Chol"),
        new("toj", "Tojolabal", "Tojolabal"),
        new("lac", "Maya lacandón", "Lacandon"),
        new("hus", "Tének (huasteco)", "Huastec (Tének)"),
        new("chf", "Yokot'an (chontal de Tabasco)", "Tabasco Chontal"),
        new("zap", "Zapoteco", "Zapotec"),
        new("mix", "Mixteco de Mixtepec", "Mixtepec Mixtec"),
        new("ote", "Otomí del Valle del Mezquital", "Mezquital Otomi"),
        new("otq", "Otomí de Querétaro", "Querétaro Otomi"),
        new("maz", "Mazahua", "Central Mazahua"),
        new("top", "Totonaco de Papantla", "Papantla Totonac"),
        new("maa", "Mazateco de San Jerónimo Tecóatl", "San Jerónimo Tecóatl Mazatec"),
        new("mau", "Mazateco de Huautla", "Huautla Mazatec"),
        new("chj", "Chinanteco de Ojitlán", "Ojitlán Chinantec"),
        new("mir", "Mixe del Istmo", "Isthmus Mixe"),
        new("tsz", "P'urhépecha", "Purepecha"),
        new("tar", "Rarámuri (tarahumara central)", "Central Tarahumara"),
        new("hch", "Wixárika (huichol)", "Huichol (Wixárika)"),
        new("yaq", "Yaqui (yoem noki)", "Yaqui"),
        new("mfy", "Mayo (yoreme)", "Mayo"),
        new("sei", "Seri (cmiique iitom)", "Seri"),
        new("trc", "Triqui de Copala", "Copala Triqui"),
        new("tcf", "Me'phaa (tlapaneco) de Malinaltepec", "Malinaltepec Me'phaa (Tlapanec)"),
        new("amu", "Amuzgo de Guerrero", "Guerrero Amuzgo"),

        // Sign languages
        new("mfs", "Lengua de Señas Mexicana (LSM)", "Mexican Sign Language"),
        new("ase", "Lengua de Señas Americana (ASL)", "American Sign Language"),
    ];

    /// <summary>All languages, sorted by Spanish name.</summary>
    public static IReadOnlyList<Language> All { get; } = Array.AsReadOnly(
        Source.OrderBy(l => l.NameEs, ReferenceDataCollation.Spanish).ToArray());

    private static readonly FrozenDictionary<string, Language> ByCode =
        Source.ToFrozenDictionary(l => l.Code, StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, Language>.AlternateLookup<ReadOnlySpan<char>> ByCodeSpan =
        ByCode.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Finds a language by its ISO 639-3 code (case-insensitive, surrounding white space ignored).</summary>
    public static Language? Find(string? code)
    {
        if (code is null)
        {
            return null;
        }

        return ByCodeSpan.TryGetValue(code.AsSpan().Trim(), out var language) ? language : null;
    }

    /// <summary>True when <paramref name="code"/> is a language of this catalog.</summary>
    public static bool IsKnown(string? code) => Find(code) is not null;
}
