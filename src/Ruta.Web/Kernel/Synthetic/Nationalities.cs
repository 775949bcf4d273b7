namespace Ruta.Web.Kernel.Synthetic;

/// <summary>How persons of one nationality are drawn: share, name locales and conventions, languages, papers.</summary>
/// <param name="Weight">Share of persons (per thousand).</param>
/// <param name="GivenLocale">Bogus locale of given names (gendered lists).</param>
/// <param name="SurnameLocale">Bogus locale of surnames.</param>
/// <param name="TwoSurnames">Paternal and maternal surname (Hispanic custom) rather than one family name.</param>
/// <param name="Languages">ISO 639-3, the first one preferred.</param>
/// <param name="IndigenousShare">Share speaking an indigenous language first (preferred, with an interpreter).</param>
/// <param name="IndigenousLanguages">Those languages (ISO 639-3).</param>
/// <param name="IdCard">How a national id card number looks: a prefix and a count of digits.</param>
internal sealed record NationalityProfile(
    string Code, int Weight, string GivenLocale, string SurnameLocale, bool TwoSurnames, string[] Languages,
    double IndigenousShare, string[] IndigenousLanguages, (string Prefix, int Digits) IdCard,
    string[]? ExtraGivenMale = null, string[]? ExtraGivenFemale = null, string[]? ExtraSurnames = null, int ExtraGivenShare = 55);

/// <summary>
/// The nationalities of the synthetic population. Weights approximate the shares of the main
/// nationalities among the "eventos de personas en situación migratoria irregular" that Mexico's
/// Unidad de Política Migratoria reported for 2023 and among COMAR's applicants: Venezuela first,
/// then Honduras, Guatemala, Ecuador, Haiti, Colombia, Cuba, Nicaragua, El Salvador, then many others.
/// They are rounded planning figures (NOT VERIFIED against a specific table), good for sizing
/// indexes and queries, not for statistics.
/// </summary>
internal static class Nationalities
{
    /// <summary>Given names common in Central America and the Andes (Bogus's Spanish lists are Spain's, with Catalan names).</summary>
    private static readonly string[] LatinMale =
        ["José", "Juan", "Carlos", "Luis", "Jorge", "Miguel", "Ángel", "Jesús", "Pedro", "Francisco", "Marvin", "Wilmer", "Kevin", "Brayan",
         "Anderson", "Jefferson", "Elvin", "Edwin", "Selvin", "Darwin", "Óscar", "Mario", "Henry", "Wilson", "Víctor", "Daniel", "David",
         "Alexander", "Josué", "Cristian", "Erick", "Fernando", "Manuel", "Antonio", "Héctor", "Rafael", "Santos", "Nelson", "Roberto",
         "Eduardo", "Julio", "Andrés", "Diego", "Alejandro", "Samuel", "Mateo", "Santiago", "Gabriel", "Javier", "Ricardo"];

    private static readonly string[] LatinFemale =
        ["María", "Ana", "Rosa", "Karla", "Sofía", "Gabriela", "Yesenia", "Dayana", "Keila", "Marisol", "Daniela", "Andrea", "Fernanda",
         "Guadalupe", "Glenda", "Sandra", "Wendy", "Leidy", "Lisbeth", "Yoselin", "Génesis", "Isabel", "Carmen", "Lucía", "Valentina",
         "Milagros", "Paola", "Alejandra", "Esther", "Elena", "Patricia", "Jennifer", "Katherine", "Nohemí", "Reina", "Dilcia", "Xiomara",
         "Elsa", "Marta", "Blanca", "Alba", "Camila", "Mariana", "Nicole", "Ashley", "Kimberly", "Josefina", "Lourdes", "Mayra", "Angélica"];

    /// <summary>Names heard more in Venezuela and Cuba.</summary>
    private static readonly string[] CaribbeanMale = ["Yoandris", "Yunior", "Yoel", "Yordanis", "Reinier", "Osmany", "Yeison", "Jhonny", "Deivis", "Frank"];

    private static readonly string[] CaribbeanFemale = ["Yanelis", "Yusleidy", "Yaimara", "Dayami", "Mayerlin", "Yulimar", "Oriana", "Yenny", "Yarelis", "Marbelis"];

    private static readonly string[] HaitianMale =
        ["Jean", "Jean-Baptiste", "Jean-Claude", "Pierre", "Wilson", "Peterson", "Jameson", "Widson", "Fritznel", "Stevenson", "Rony", "Frantz", "Jocelyn", "Ricardo", "Kervens"];

    private static readonly string[] HaitianFemale =
        ["Marie", "Marie-Ange", "Wideline", "Nadège", "Rose-Merline", "Guerline", "Mirlande", "Fabienne", "Judeline", "Roseline", "Widlène", "Esther", "Daphnée", "Nathalie", "Sandra"];

    private static readonly string[] HaitianSurnames =
        ["Joseph", "Pierre", "Jean", "Louis", "Charles", "Jean-Louis", "Saint-Fleur", "Désir", "Étienne", "Dorvil", "Alexis", "Augustin", "Baptiste", "Célestin", "François", "Michel", "Noël", "Paul", "Saintil", "Toussaint"];

    private static readonly string[] SenegaleseSurnames = ["Diop", "Ndiaye", "Fall", "Sow", "Ba", "Diallo", "Sarr", "Faye", "Gueye", "Mbaye", "Cissé", "Sy"];

    private static readonly string[] CameroonianSurnames = ["Mbarga", "Nkoulou", "Fotso", "Tchoupo", "Ngono", "Eto'o", "Kamga", "Njoya", "Mballa", "Tchakounté"];

    public static readonly NationalityProfile[] All =
    [
        new("VEN", 260, "es", "es_MX", true, ["spa"], 0, [], ("V", 8), [.. LatinMale, .. CaribbeanMale], [.. LatinFemale, .. CaribbeanFemale], ExtraGivenShare: 100),
        new("HND", 160, "es", "es_MX", true, ["spa"], 0.01, ["cab"], ("0801", 9), LatinMale, LatinFemale, ExtraGivenShare: 100),
        new("GTM", 130, "es", "es_MX", true, ["spa"], 0.18, ["quc", "mam", "kek"], ("", 13), LatinMale, LatinFemale, ExtraGivenShare: 100),
        new("ECU", 90, "es", "es_MX", true, ["spa"], 0.02, ["que"], ("", 10), LatinMale, LatinFemale, ExtraGivenShare: 100),
        new("HTI", 90, "fr", "fr", false, ["hat", "fra"], 0, [], ("", 10), HaitianMale, HaitianFemale, HaitianSurnames),
        new("COL", 60, "es", "es_MX", true, ["spa"], 0, [], ("", 10), LatinMale, LatinFemale, ExtraGivenShare: 100),
        new("CUB", 50, "es", "es_MX", true, ["spa"], 0, [], ("", 11), [.. LatinMale, .. CaribbeanMale], [.. LatinFemale, .. CaribbeanFemale], ExtraGivenShare: 100),
        new("NIC", 40, "es", "es_MX", true, ["spa"], 0, [], ("", 14), LatinMale, LatinFemale, ExtraGivenShare: 100),
        new("SLV", 40, "es", "es_MX", true, ["spa"], 0, [], ("", 9), LatinMale, LatinFemale, ExtraGivenShare: 100),
        new("PER", 15, "es", "es_MX", true, ["spa"], 0.02, ["que"], ("", 8), LatinMale, LatinFemale, ExtraGivenShare: 100),
        new("BRA", 15, "pt_BR", "pt_BR", false, ["por"], 0, [], ("", 9)),
        new("CHL", 15, "es", "es_MX", true, ["spa"], 0, [], ("", 9), LatinMale, LatinFemale, ExtraGivenShare: 100),
        new("DOM", 10, "es", "es_MX", true, ["spa"], 0, [], ("", 11), LatinMale, LatinFemale, ExtraGivenShare: 100),
        new("IND", 10, "en_IND", "en_IND", false, ["hin", "eng"], 0, [], ("", 12)),
        new("SEN", 8, "fr", "fr", false, ["wol", "fra"], 0, [], ("", 13), ExtraSurnames: SenegaleseSurnames),
        new("CMR", 7, "fr", "fr", false, ["fra", "eng"], 0, [], ("", 9), ExtraSurnames: CameroonianSurnames),
    ];

    private static readonly int TotalWeight = All.Sum(n => n.Weight);

    public static NationalityProfile Draw(Random random)
    {
        var roll = random.Next(TotalWeight);
        foreach (var profile in All)
        {
            if (roll < profile.Weight)
            {
                return profile;
            }

            roll -= profile.Weight;
        }

        return All[0];
    }

    public static NationalityProfile Of(string code) => All.FirstOrDefault(n => n.Code == code) ?? All[0];
}
