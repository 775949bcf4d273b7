using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;
using Ruta.Web.Kernel.Persons;
using Ruta.Web.Kernel.ReferenceData;

namespace Ruta.Web.Pages.Persons;

/// <summary>
/// The person form of the Create and Edit pages: <see cref="PersonData"/> in a shape HTML forms
/// can post without JavaScript (lists as numbered slots, one blank slot to add a row). The
/// handlers validate it as data; their field errors are mapped back onto the inputs.
/// </summary>
public sealed class PersonForm
{
    public string? GivenNames { get; set; }
    public string? FirstSurname { get; set; }
    public string? SecondSurname { get; set; }
    public Sex Sex { get; set; } = Sex.Unknown;
    public DateOnly? BirthDate { get; set; }
    public bool BirthDateEstimated { get; set; }
    public List<string?> Nationalities { get; set; } = [];
    public bool IsStateless { get; set; }
    public List<string?> Languages { get; set; } = [];
    public string? PreferredLanguage { get; set; }
    public bool NeedsInterpreter { get; set; }
    public string? Curp { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? Address { get; set; }
    public List<string?> Aliases { get; set; } = [];
    public List<DocumentRow> Documents { get; set; } = [];
    public List<Vulnerabilities> Vulnerabilities { get; set; } = [];

    /// <summary>The version the form was read at (Edit); the conflict check compares it.</summary>
    public int Version { get; set; }

    /// <summary>Blank rows asked for with «Más filas», beyond the one always offered.</summary>
    public int ExtraRows { get; set; }

    /// <summary>Machine-readable zone pasted to pre-fill the form.</summary>
    public string? MrzText { get; set; }

    public sealed class DocumentRow
    {
        public IdentityDocumentType? Type { get; set; }
        public string? Number { get; set; }
        public string? IssuingCountry { get; set; }
        public DateOnly? ExpiryDate { get; set; }

        public bool IsBlank => Type is null && string.IsNullOrWhiteSpace(Number) && string.IsNullOrWhiteSpace(IssuingCountry) && ExpiryDate is null;
    }

    public static PersonForm From(PersonData data, int version = 0) => new()
    {
        GivenNames = data.GivenNames,
        FirstSurname = data.FirstSurname,
        SecondSurname = data.SecondSurname,
        Sex = data.Sex ?? Sex.Unknown,
        BirthDate = data.BirthDate,
        BirthDateEstimated = data.BirthDateEstimated,
        Nationalities = [.. data.Nationalities ?? []],
        IsStateless = data.IsStateless,
        Languages = [.. data.Languages ?? []],
        PreferredLanguage = data.PreferredLanguage,
        NeedsInterpreter = data.NeedsInterpreter,
        Curp = data.Curp,
        Phone = data.Phone,
        Email = data.Email,
        Address = data.Address,
        Aliases = [.. data.Aliases ?? []],
        Documents = [.. (data.Documents ?? []).OfType<DocumentData>().Select(d => new DocumentRow { Type = d.Type, Number = d.Number, IssuingCountry = d.IssuingCountry, ExpiryDate = d.ExpiryDate })],
        Vulnerabilities = [.. data.Vulnerabilities ?? []],
        Version = version,
    };

    /// <summary>Drops the blank slots, so that the n-th row of the data is the n-th row of the form and errors land on the right input.</summary>
    public void Compact()
    {
        Nationalities = [.. Nationalities.Where(n => !string.IsNullOrWhiteSpace(n))];
        Languages = [.. Languages.Where(l => !string.IsNullOrWhiteSpace(l))];
        Aliases = [.. Aliases.Where(a => !string.IsNullOrWhiteSpace(a))];
        Documents = [.. Documents.Where(d => !d.IsBlank)];
    }

    public PersonData ToData() => new()
    {
        GivenNames = GivenNames,
        FirstSurname = FirstSurname,
        SecondSurname = SecondSurname,
        Sex = Sex,
        BirthDate = BirthDate,
        BirthDateEstimated = BirthDateEstimated,
        Nationalities = [.. Nationalities],
        IsStateless = IsStateless,
        Languages = [.. Languages],
        PreferredLanguage = PreferredLanguage,
        NeedsInterpreter = NeedsInterpreter,
        Curp = Curp,
        Phone = Phone,
        Email = Email,
        Address = Address,
        Aliases = [.. Aliases],
        Documents = [.. Documents.Select(d => (DocumentData?)new DocumentData { Type = d.Type, Number = d.Number, IssuingCountry = d.IssuingCountry, ExpiryDate = d.ExpiryDate })],
        Vulnerabilities = [.. Vulnerabilities],
    };

    /// <summary>Takes what a machine-readable zone says (names, sex, birth date, nationality, document) and keeps the rest as typed.</summary>
    public void Prefill(PersonData suggested)
    {
        GivenNames = suggested.GivenNames ?? GivenNames;
        FirstSurname = suggested.FirstSurname ?? FirstSurname;
        SecondSurname = suggested.SecondSurname ?? SecondSurname;
        if (suggested.Sex is { } sex && sex != Sex.Unknown)
        {
            Sex = sex;
        }

        BirthDate = suggested.BirthDate ?? BirthDate;
        if (suggested.BirthDate is not null)
        {
            BirthDateEstimated = false;
        }

        IsStateless = IsStateless || suggested.IsStateless;
        foreach (var code in suggested.Nationalities ?? [])
        {
            if (!Nationalities.Contains(code, StringComparer.OrdinalIgnoreCase))
            {
                Nationalities.Add(code);
            }
        }

        Compact();
        foreach (var document in (suggested.Documents ?? []).OfType<DocumentData>())
        {
            if (!Documents.Any(d => d.Type == document.Type && string.Equals(PersonText.DocumentNumber(d.Number), document.Number, StringComparison.Ordinal)))
            {
                Documents.Add(new DocumentRow { Type = document.Type, Number = document.Number, IssuingCountry = document.IssuingCountry, ExpiryDate = document.ExpiryDate });
            }
        }
    }

    /// <summary>Adds the blank slots the form shows: one per list, plus those asked for.</summary>
    public void PadForDisplay()
    {
        var blanks = 1 + Math.Clamp(ExtraRows, 0, 5);
        for (var i = 0; i < blanks; i++)
        {
            if (Nationalities.Count < PersonLimits.MaxNationalities)
            {
                Nationalities.Add(null);
            }

            if (Languages.Count < PersonLimits.MaxLanguages)
            {
                Languages.Add(null);
            }

            if (Aliases.Count < PersonLimits.MaxAliases)
            {
                Aliases.Add(null);
            }

            if (Documents.Count < PersonLimits.MaxDocuments)
            {
                Documents.Add(new DocumentRow());
            }
        }
    }

    /// <summary>Puts a handler's field errors ("documents[0].number") on the form's inputs ("Form.Documents[0].Number").</summary>
    public static void AddErrors(ModelStateDictionary modelState, IReadOnlyDictionary<string, string[]> errors, string prefix = "Form")
    {
        foreach (var (field, messages) in errors)
        {
            var key = prefix + "." + string.Join('.', field.Split('.').Select(part => part.Length == 0 ? part : char.ToUpperInvariant(part[0]) + part[1..]));
            foreach (var message in messages)
            {
                modelState.AddModelError(key, message);
            }
        }
    }

    public static IEnumerable<SelectListItem> CountryOptions(IStringLocalizer localizer, bool nationalitiesOnly)
    {
        yield return new SelectListItem(localizer["— Elegir —"], "");
        foreach (var country in Countries.All)
        {
            if (nationalitiesOnly && Countries.IsIcaoSpecialCode(country.Code))
            {
                continue;
            }

            yield return new SelectListItem($"{PersonLabels.Country(country.Code)} ({country.Code})", country.Code);
        }
    }

    public static IEnumerable<SelectListItem> LanguageOptions(IStringLocalizer localizer)
    {
        yield return new SelectListItem(localizer["— Elegir —"], "");
        foreach (var language in Kernel.ReferenceData.Languages.All)
        {
            yield return new SelectListItem($"{PersonLabels.Language(language.Code)} ({language.Code})", language.Code);
        }
    }

    public static IEnumerable<SelectListItem> SexOptions(IStringLocalizer localizer) =>
        Enum.GetValues<Sex>().Select(s => new SelectListItem(localizer[PersonLabels.Sex(s)], s.ToString()));

    public static IEnumerable<SelectListItem> DocumentTypeOptions(IStringLocalizer localizer) =>
        new[] { new SelectListItem(localizer["— Elegir —"], "") }
            .Concat(Enum.GetValues<IdentityDocumentType>().Select(t => new SelectListItem(localizer[PersonLabels.Document(t)], t.ToString())));

    public static IEnumerable<SelectListItem> RelationOptions(IStringLocalizer localizer) =>
        Enum.GetValues<FamilyRelation>().Select(k => new SelectListItem(localizer[PersonLabels.Relation(k)], k.ToString()));
}
