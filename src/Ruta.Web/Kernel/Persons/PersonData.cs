using System.Globalization;
using System.Net.Mail;
using System.Text;
using FluentValidation;
using Ruta.Web.Kernel.Calendar;
using Ruta.Web.Kernel.Persons.Identification;
using Ruta.Web.Kernel.ReferenceData;

namespace Ruta.Web.Kernel.Persons;

/// <summary>
/// Everything a person's record says, as sent by the API and the forms when a person is
/// registered (<see cref="RegisterPerson"/>) or their details replaced (<see cref="ChangePersonDetails"/>).
/// Lists replace the stored ones entirely; family links are managed apart (<see cref="LinkRelatives"/>).
/// </summary>
public sealed record PersonData
{
    public string? GivenNames { get; init; }
    public string? FirstSurname { get; init; }
    public string? SecondSurname { get; init; }

    /// <summary>male, female, other or unknown (the default).</summary>
    public Sex? Sex { get; init; }
    public DateOnly? BirthDate { get; init; }
    public bool BirthDateEstimated { get; init; }

    /// <summary>ISO 3166-1 alpha-3 codes ("HND"). Empty when stateless or unknown.</summary>
    public IReadOnlyList<string?>? Nationalities { get; init; }
    public bool IsStateless { get; init; }

    /// <summary>ISO 639-3 codes ("spa", "quc").</summary>
    public IReadOnlyList<string?>? Languages { get; init; }
    public string? PreferredLanguage { get; init; }
    public bool NeedsInterpreter { get; init; }
    public string? Curp { get; init; }

    /// <summary>As typed; numbers without country code are read as Mexican. Stored in E.164.</summary>
    public string? Phone { get; init; }
    public string? Email { get; init; }
    public string? Address { get; init; }
    public IReadOnlyList<string?>? Aliases { get; init; }
    public IReadOnlyList<DocumentData?>? Documents { get; init; }
    public IReadOnlyList<Vulnerabilities>? Vulnerabilities { get; init; }

    /// <summary>The stored record as data: the edit form's starting point and the audit snapshot.</summary>
    public static PersonData From(Person person) => new()
    {
        GivenNames = person.GivenNames,
        FirstSurname = person.FirstSurname,
        SecondSurname = person.SecondSurname,
        Sex = person.Sex,
        BirthDate = person.BirthDate,
        BirthDateEstimated = person.BirthDateEstimated,
        Nationalities = person.Nationalities.Select(n => (string?)n.CountryCode).Order(StringComparer.Ordinal).ToList(),
        IsStateless = person.IsStateless,
        Languages = person.Languages.Select(l => (string?)l.LanguageCode).Order(StringComparer.Ordinal).ToList(),
        PreferredLanguage = person.PreferredLanguage,
        NeedsInterpreter = person.NeedsInterpreter,
        Curp = person.Curp,
        Phone = person.Phone,
        Email = person.Email,
        Address = person.Address,
        Aliases = person.Aliases.Select(a => (string?)a.Name).Order(StringComparer.Ordinal).ToList(),
        Documents = person.Documents
            .OrderBy(d => d.Type).ThenBy(d => d.Number, StringComparer.Ordinal)
            .Select(d => (DocumentData?)new DocumentData { Type = d.Type, Number = d.Number, IssuingCountry = d.IssuingCountry, ExpiryDate = d.ExpiryDate })
            .ToList(),
        Vulnerabilities = PersonVulnerabilities.Split(person.Vulnerabilities),
    };
}

/// <summary>An identity document as sent by the API and the forms.</summary>
public sealed record DocumentData
{
    public IdentityDocumentType? Type { get; init; }

    /// <summary>Letters and digits; spaces and dashes are dropped, letters upper-cased.</summary>
    public string? Number { get; init; }

    /// <summary>ISO 3166-1 alpha-3 of the issuing state; ICAO codes such as XXA accepted.</summary>
    public string? IssuingCountry { get; init; }
    public DateOnly? ExpiryDate { get; init; }
}

/// <summary>Phone numbers: parsed with libphonenumber, Mexico as the default region, stored in E.164.</summary>
public static class PersonPhone
{
    public const string DefaultRegion = "MX";
    private static readonly PhoneNumbers.PhoneNumberUtil Util = PhoneNumbers.PhoneNumberUtil.GetInstance();

    /// <summary>The E.164 form ("+529621234567") of a valid number, or null.</summary>
    public static string? ToE164(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed) || typed.Length > PersonLimits.PhoneAsTyped)
        {
            return null;
        }

        try
        {
            var number = Util.Parse(typed.Trim(), DefaultRegion);
            return Util.IsValidNumber(number) ? Util.Format(number, PhoneNumbers.PhoneNumberFormat.E164) : null;
        }
        catch (PhoneNumbers.NumberParseException)
        {
            return null;
        }
    }
}

/// <summary>Vulnerability flags as the list the API speaks.</summary>
public static class PersonVulnerabilities
{
    public static IReadOnlyList<Vulnerabilities> All { get; } =
        Enum.GetValues<Vulnerabilities>().Where(IsSingle).ToArray();

    public static bool IsSingle(Vulnerabilities v) => v != Vulnerabilities.None && ((int)v & ((int)v - 1)) == 0 && Enum.IsDefined(v);

    public static IReadOnlyList<Vulnerabilities> Split(Vulnerabilities flags) => All.Where(v => flags.HasFlag(v)).ToArray();

    public static Vulnerabilities Combine(IEnumerable<Vulnerabilities>? list) =>
        list?.Aggregate(Vulnerabilities.None, (all, v) => all | v) ?? Vulnerabilities.None;
}

/// <summary>Canonical forms of what people type, shared by validation, storage and search.</summary>
public static class PersonText
{
    /// <summary>Trimmed, inner runs of white space collapsed; null when blank.</summary>
    public static string? Clean(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var builder = new StringBuilder(value.Length);
        var space = false;
        foreach (var c in value.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>"e 123-456 7" → "E1234567": documents are typed with spaces and dashes the number does not hold.</summary>
    public static string DocumentNumber(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return "";
        }

        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (c is ' ' or '-' or '\t')
            {
                continue;
            }

            builder.Append(char.ToUpperInvariant(c));
        }

        return builder.ToString();
    }

    public static bool IsDocumentNumber(string normalized) =>
        normalized.Length is > 0 and <= PersonLimits.DocumentNumber && normalized.All(char.IsAsciiLetterOrDigit);

    public static string Code(string? value) => (value ?? "").Trim().ToUpperInvariant();

    /// <summary>Letters (any script, with their marks), spaces, apostrophes, hyphens and periods: what names are made of.</summary>
    public static bool IsName(string? value) => value is null || value.All(c =>
        char.IsLetter(c) || c is ' ' or '\'' or '’' or 'ʼ' or '-' or '.'
        || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark);

    /// <summary>Search key: surnames first so that lists sort as registries do, then given names and aliases.</summary>
    public static string SearchName(string? givenNames, string? firstSurname, string? secondSurname, IEnumerable<string> aliases)
    {
        var key = NameNormalizer.Normalize(string.Join(' ', new[] { firstSurname, secondSurname, givenNames }.Concat(aliases)));
        if (key.Length <= PersonLimits.SearchName)
        {
            return key;
        }

        var cut = key.LastIndexOf(' ', PersonLimits.SearchName);
        return key[..(cut > 0 ? cut : PersonLimits.SearchName)];
    }
}

/// <summary>The rules every person record obeys, with Spanish messages per field.</summary>
public sealed class PersonDataValidator : AbstractValidator<PersonData>
{
    public PersonDataValidator(TimeProvider clock)
    {
        const string NameMessage = "Escriba el nombre o el primer apellido: al menos uno es obligatorio.";
        RuleFor(x => x.GivenNames).Must((x, _) => HasName(x)).WithMessage(NameMessage);
        RuleFor(x => x.FirstSurname).Must((x, _) => HasName(x)).WithMessage(NameMessage);
        foreach (var (name, label) in new (System.Linq.Expressions.Expression<Func<PersonData, string?>>, string)[]
                 { (x => x.GivenNames, "El nombre"), (x => x.FirstSurname, "El primer apellido"), (x => x.SecondSurname, "El segundo apellido") })
        {
            RuleFor(name).MaximumLength(PersonLimits.Name)
                .WithMessage($"{label} admite como máximo {PersonLimits.Name} caracteres.");
            RuleFor(name).Must(PersonText.IsName)
                .WithMessage($"{label} solo admite letras, espacios, apóstrofos, guiones y puntos.");
        }

        RuleFor(x => x.Sex).IsInEnum().WithMessage("El sexo debe ser male, female, other o unknown.");

        RuleFor(x => x.BirthDate)
            .Must(d => d is null || d.Value <= MexicoCity.Today(clock))
            .WithMessage("La fecha de nacimiento no puede ser futura.")
            .Must(d => d is null || d.Value >= PersonLimits.EarliestBirthDate)
            .WithMessage("La fecha de nacimiento no puede ser anterior a 1900.");
        RuleFor(x => x.BirthDateEstimated).Equal(false).When(x => x.BirthDate is null)
            .WithMessage("Indique la fecha estimada o desmarque «fecha estimada».");

        RuleFor(x => x.Nationalities)
            .Must(n => n is null || n.Count <= PersonLimits.MaxNationalities)
            .WithMessage($"Registre como máximo {PersonLimits.MaxNationalities} nacionalidades.");
        RuleFor(x => x.Nationalities)
            .Must(n => n is null || n.Count == 0).When(x => x.IsStateless)
            .WithMessage("Una persona apátrida no tiene nacionalidad: quite las nacionalidades o desmarque «apátrida».");
        RuleForEach(x => x.Nationalities).Custom((code, context) =>
        {
            if (string.IsNullOrWhiteSpace(code))
            {
                context.AddFailure("Elija un país.");
            }
            else if (Countries.IsIcaoSpecialCode(code))
            {
                context.AddFailure($"«{Shorten(code)}» no es una nacionalidad; para una persona sin nacionalidad marque «apátrida».");
            }
            else if (!Countries.IsKnown(code))
            {
                context.AddFailure($"«{Shorten(code)}» no es un código de país ISO 3166-1 alfa-3 conocido.");
            }
        });

        RuleFor(x => x.Languages)
            .Must(l => l is null || l.Count <= PersonLimits.MaxLanguages)
            .WithMessage($"Registre como máximo {PersonLimits.MaxLanguages} idiomas.");
        RuleForEach(x => x.Languages)
            .Must(Languages.IsKnown)
            .WithMessage((_, code) => $"«{Shorten(code)}» no es un código de idioma ISO 639-3 conocido.");
        RuleFor(x => x.PreferredLanguage)
            .Must(Languages.IsKnown).When(x => !string.IsNullOrWhiteSpace(x.PreferredLanguage))
            .WithMessage(x => $"«{Shorten(x.PreferredLanguage)}» no es un código de idioma ISO 639-3 conocido.");

        RuleFor(x => x.Curp).Custom((curp, context) =>
        {
            if (string.IsNullOrWhiteSpace(curp))
            {
                return;
            }

            var result = Curp.Validate(curp, MexicoCity.Today(clock));
            if (!result.IsValid)
            {
                foreach (var error in result.Errors)
                {
                    context.AddFailure(error);
                }

                return;
            }

            var data = context.InstanceToValidate;
            if (data.BirthDate is { } birth && result.BirthDate is { } encoded && birth != encoded)
            {
                context.AddFailure($"La CURP corresponde a una persona nacida el {encoded:yyyy-MM-dd}, no el {birth:yyyy-MM-dd}. Revise la CURP o la fecha de nacimiento.");
            }

            var sex = data.Sex ?? Persons.Sex.Unknown;
            if (sex != Persons.Sex.Unknown && result.Sex is { } encodedSex && !string.Equals(encodedSex, sex.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                context.AddFailure($"El sexo de la CURP ({PersonLabels.Sex(Enum.Parse<Sex>(encodedSex, ignoreCase: true))}) no coincide con el registrado ({PersonLabels.Sex(sex)}).");
            }
        });

        RuleFor(x => x.Phone)
            .Must(p => PersonPhone.ToE164(p) is not null).When(x => !string.IsNullOrWhiteSpace(x.Phone))
            .WithMessage("El teléfono no es un número válido. Escriba 10 dígitos para México o el número con + y código de país.");

        RuleFor(x => x.Email)
            .MaximumLength(PersonLimits.Email).WithMessage($"El correo admite como máximo {PersonLimits.Email} caracteres.");
        RuleFor(x => x.Email)
            .Must(IsEmail).When(x => !string.IsNullOrWhiteSpace(x.Email))
            .WithMessage("El correo electrónico no tiene un formato válido (nombre@dominio.mx).");

        RuleFor(x => x.Address).MaximumLength(PersonLimits.Address)
            .WithMessage($"La dirección admite como máximo {PersonLimits.Address} caracteres.");

        RuleFor(x => x.Aliases)
            .Must(a => a is null || a.Count <= PersonLimits.MaxAliases)
            .WithMessage($"Registre como máximo {PersonLimits.MaxAliases} otros nombres.");
        RuleForEach(x => x.Aliases)
            .NotEmpty().WithMessage("El otro nombre está vacío.")
            .MaximumLength(PersonLimits.Alias).WithMessage($"Cada otro nombre admite como máximo {PersonLimits.Alias} caracteres.")
            .Must(PersonText.IsName).WithMessage("Los otros nombres solo admiten letras, espacios, apóstrofos, guiones y puntos.");

        RuleFor(x => x.Documents)
            .Must(d => d is null || d.Count <= PersonLimits.MaxDocuments)
            .WithMessage($"Registre como máximo {PersonLimits.MaxDocuments} documentos.")
            .Must(NoRepeatedDocument)
            .WithMessage("El mismo documento (tipo, número y país) aparece dos veces.");
        RuleForEach(x => x.Documents).NotNull().WithMessage("Documento vacío.")
            .SetValidator(new DocumentDataValidator()!);

        RuleForEach(x => x.Vulnerabilities)
            .Must(PersonVulnerabilities.IsSingle)
            .WithMessage("Situación de vulnerabilidad desconocida.");
    }

    private static bool HasName(PersonData x) => !string.IsNullOrWhiteSpace(x.GivenNames) || !string.IsNullOrWhiteSpace(x.FirstSurname);

    private static bool IsEmail(string? value)
    {
        var trimmed = value?.Trim() ?? "";
        return MailAddress.TryCreate(trimmed, out var address)
            && address.Address == trimmed
            && address.Host.Contains('.', StringComparison.Ordinal)
            && !address.Host.EndsWith('.');
    }

    private static bool NoRepeatedDocument(IReadOnlyList<DocumentData?>? documents) =>
        documents is null
        || documents.Where(d => d is not null)
            .GroupBy(d => (d!.Type, PersonText.DocumentNumber(d.Number), PersonText.Code(d.IssuingCountry)))
            .All(g => g.Count() == 1);

    /// <summary>Echoes a bad value back without echoing a megabyte of it.</summary>
    internal static string Shorten(string? value) => value is null ? "" : value.Length <= 20 ? value : value[..20] + "…";
}

public sealed class DocumentDataValidator : AbstractValidator<DocumentData>
{
    public DocumentDataValidator()
    {
        RuleFor(x => x.Type).NotNull().WithMessage("Elija el tipo de documento.")
            .IsInEnum().WithMessage("Tipo de documento desconocido.");
        RuleFor(x => x.Number).NotEmpty().WithMessage("Escriba el número del documento.");
        RuleFor(x => x.Number)
            .Must(n => PersonText.IsDocumentNumber(PersonText.DocumentNumber(n))).When(x => !string.IsNullOrWhiteSpace(x.Number))
            .WithMessage($"El número del documento admite solo letras y dígitos, como máximo {PersonLimits.DocumentNumber}.");
        RuleFor(x => x.IssuingCountry).NotEmpty().WithMessage("Elija el país que expidió el documento.");
        RuleFor(x => x.IssuingCountry)
            .Must(Countries.IsKnown).When(x => !string.IsNullOrWhiteSpace(x.IssuingCountry))
            .WithMessage(x => $"«{PersonDataValidator.Shorten(x.IssuingCountry)}» no es un código de país ISO 3166-1 alfa-3 conocido.");
        RuleFor(x => x.ExpiryDate)
            .Must(d => d is null || d.Value >= PersonLimits.EarliestBirthDate)
            .WithMessage("La fecha de vencimiento no puede ser anterior a 1900.");
    }
}

internal static class PersonDataMapping
{
    /// <summary>
    /// Writes validated <paramref name="data"/> onto <paramref name="person"/>, replacing its lists.
    /// Lists are synchronised rather than rebuilt so that unchanged rows stay untouched (and out of the audit trail).
    /// </summary>
    public static void ApplyTo(this PersonData data, Person person)
    {
        person.GivenNames = PersonText.Clean(data.GivenNames);
        person.FirstSurname = PersonText.Clean(data.FirstSurname);
        person.SecondSurname = PersonText.Clean(data.SecondSurname);
        person.Sex = data.Sex ?? Sex.Unknown;
        person.BirthDate = data.BirthDate;
        person.BirthDateEstimated = data.BirthDate is not null && data.BirthDateEstimated;
        person.IsStateless = data.IsStateless;
        person.PreferredLanguage = string.IsNullOrWhiteSpace(data.PreferredLanguage) ? null : data.PreferredLanguage.Trim().ToLowerInvariant();
        person.NeedsInterpreter = data.NeedsInterpreter;
        person.Curp = string.IsNullOrWhiteSpace(data.Curp) ? null : PersonText.Code(data.Curp);
        person.Phone = PersonPhone.ToE164(data.Phone);
        person.Email = string.IsNullOrWhiteSpace(data.Email) ? null : data.Email.Trim();
        person.Address = PersonText.Clean(data.Address);
        person.Vulnerabilities = PersonVulnerabilities.Combine(data.Vulnerabilities);

        var nationalities = (data.IsStateless ? [] : data.Nationalities ?? [])
            .Select(PersonText.Code).Where(c => c.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        Sync(person.Nationalities, nationalities, n => n.CountryCode, c => new PersonNationality { PersonId = person.Id, CountryCode = c });

        var languages = (data.Languages ?? []).Append(person.PreferredLanguage)
            .Select(l => (l ?? "").Trim().ToLowerInvariant()).Where(l => l.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        Sync(person.Languages, languages, l => l.LanguageCode, c => new PersonLanguage { PersonId = person.Id, LanguageCode = c });

        var aliases = (data.Aliases ?? []).Select(PersonText.Clean).OfType<string>()
            .DistinctBy(NameNormalizer.Normalize).ToList();
        Sync(person.Aliases, aliases, a => a.Name, a => new PersonAlias { Id = Guid.CreateVersion7(), PersonId = person.Id, Name = a });

        var documents = (data.Documents ?? []).OfType<DocumentData>()
            .Select(d => new IdentityDocument
            {
                Id = Guid.CreateVersion7(),
                PersonId = person.Id,
                Type = d.Type ?? IdentityDocumentType.Other,
                Number = PersonText.DocumentNumber(d.Number),
                IssuingCountry = PersonText.Code(d.IssuingCountry),
                ExpiryDate = d.ExpiryDate,
            })
            .ToList();
        foreach (var stale in person.Documents.Where(d => !documents.Any(n => SameDocument(n, d))).ToList())
        {
            person.Documents.Remove(stale);
        }

        foreach (var document in documents)
        {
            if (person.Documents.FirstOrDefault(d => SameDocument(d, document)) is { } existing)
            {
                existing.ExpiryDate = document.ExpiryDate;
            }
            else
            {
                person.Documents.Add(document);
            }
        }

        person.SearchName = PersonText.SearchName(person.GivenNames, person.FirstSurname, person.SecondSurname, aliases);
    }

    private static bool SameDocument(IdentityDocument a, IdentityDocument b) =>
        a.Type == b.Type && a.Number == b.Number && a.IssuingCountry == b.IssuingCountry;

    private static void Sync<T>(List<T> current, List<string> wanted, Func<T, string> key, Func<string, T> create)
    {
        current.RemoveAll(item => !wanted.Contains(key(item), StringComparer.Ordinal));
        foreach (var value in wanted.Where(v => !current.Any(item => key(item) == v)))
        {
            current.Add(create(value));
        }
    }
}
