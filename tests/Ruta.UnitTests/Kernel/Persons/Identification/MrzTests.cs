using Ruta.Web.Kernel.Persons.Identification;

namespace Ruta.UnitTests.Kernel.Persons.Identification;

public sealed class MrzTests
{
    private static readonly DateOnly Today = new(2025, 6, 15);

    // ICAO Doc 9303 specimens (Part 4 TD3, Part 5 TD1, Part 6 TD2).
    private const string Td3Line1 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<";
    private const string Td3Line2 = "L898902C36UTO7408122F1204159ZE184226B<<<<<10";
    private const string Td1Line1 = "I<UTOD231458907<<<<<<<<<<<<<<<";
    private const string Td1Line2 = "7408122F1204159UTO<<<<<<<<<<<6";
    private const string Td1Line3 = "ERIKSSON<<ANNA<MARIA<<<<<<<<<<";
    private const string Td2Line1 = "I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<";
    private const string Td2Line2 = "D231458907UTO7408122F1204159<<<<<<<6";

    /// <summary>Independent ICAO 9303 check digit for building test data: weights 7,3,1; '&lt;'=0; A=10..Z=35.</summary>
    private static char Ref(string data)
    {
        int[] weights = [7, 3, 1];
        var sum = data
            .Select((c, i) => (c == '<' ? 0 : char.IsAsciiDigit(c) ? c - '0' : c - 'A' + 10) * weights[i % 3])
            .Sum();
        return (char)('0' + sum % 10);
    }

    /// <summary>TD3 composite input: lower line positions 1-10, 14-20, 22-43.</summary>
    private static string Td3Composite(string line2) => line2[..10] + line2[13..20] + line2[21..43];

    /// <summary>TD1 composite input: upper line 6-30, middle line 1-7, 9-15, 19-29.</summary>
    private static string Td1Composite(string line1, string line2) =>
        line1[5..30] + line2[..7] + line2[8..15] + line2[18..29];

    private static string Td3SecondLine(string number, string birth, char sex, string expiry, string personal)
    {
        number = number.PadRight(9, '<');
        personal = personal.PadRight(14, '<');
        var body = number + Ref(number) + "UTO" + birth + Ref(birth) + sex + expiry + Ref(expiry) + personal + Ref(personal);
        return body + Ref(Td3Composite(body + "0"));
    }

    private static string Replace(string line, int index, char c) => string.Concat(line.AsSpan(0, index), [c], line.AsSpan(index + 1));

    private static char Bump(char digit) => (char)('0' + (digit - '0' + 1) % 10);

    private static HashSet<string> FailedChecks(MrzParseResult result) =>
        result.Checks.Where(c => !c.Passed).Select(c => c.Name).ToHashSet();

    [Fact]
    public void Reference_check_digit_reproduces_the_specimen_digits()
    {
        Assert.Equal('6', Ref("L898902C3"));
        Assert.Equal('2', Ref("740812"));
        Assert.Equal('9', Ref("120415"));
        Assert.Equal('1', Ref("ZE184226B<<<<<"));
        Assert.Equal('0', Ref(Td3Composite(Td3Line2)));
        Assert.Equal('6', Ref(Td1Composite(Td1Line1, Td1Line2)));
    }

    [Fact]
    public void Td3_specimen_is_valid_and_fully_parsed()
    {
        var result = MrzParser.Parse([Td3Line1, Td3Line2], Today);

        Assert.True(result.IsValid);
        Assert.Equal(MrzFormat.Td3, result.Format);
        Assert.Empty(result.Errors);
        Assert.Equal(
            ["documentNumber", "birthDate", "expiryDate", "optionalData", "composite"],
            result.Checks.Select(c => c.Name));
        Assert.All(result.Checks, c => Assert.True(c.Passed));
        Assert.Equal(
            new MrzFields(
                DocumentCode: "P",
                IssuingState: "UTO",
                PrimaryIdentifier: "ERIKSSON",
                SecondaryIdentifier: "ANNA MARIA",
                DocumentNumber: "L898902C3",
                Nationality: "UTO",
                BirthDate: new DateOnly(1974, 8, 12),
                Sex: "female",
                ExpiryDate: new DateOnly(2012, 4, 15),
                OptionalData1: "ZE184226B",
                OptionalData2: null),
            result.Fields);
    }

    [Fact]
    public void Td1_specimen_is_valid_and_fully_parsed()
    {
        var result = MrzParser.Parse([Td1Line1, Td1Line2, Td1Line3], Today);

        Assert.True(result.IsValid);
        Assert.Equal(MrzFormat.Td1, result.Format);
        Assert.Equal(["documentNumber", "birthDate", "expiryDate", "composite"], result.Checks.Select(c => c.Name));
        Assert.Equal(
            new MrzFields("I", "UTO", "ERIKSSON", "ANNA MARIA", "D23145890", "UTO",
                new DateOnly(1974, 8, 12), "female", new DateOnly(2012, 4, 15), "", ""),
            result.Fields);
    }

    [Fact]
    public void Td2_specimen_is_valid_and_fully_parsed()
    {
        var result = MrzParser.Parse([Td2Line1, Td2Line2], Today);

        Assert.True(result.IsValid);
        Assert.Equal(MrzFormat.Td2, result.Format);
        Assert.Equal(["documentNumber", "birthDate", "expiryDate", "composite"], result.Checks.Select(c => c.Name));
        Assert.Equal(
            new MrzFields("I", "UTO", "ERIKSSON", "ANNA MARIA", "D23145890", "UTO",
                new DateOnly(1974, 8, 12), "female", new DateOnly(2012, 4, 15), "", null),
            result.Fields);
    }

    // The composite digit covers the other check digits, so corrupting one of them must fail
    // its own check and the composite; corrupting the composite digit fails only the composite.
    [Theory]
    [InlineData(1, 9, "documentNumber")]
    [InlineData(1, 19, "birthDate")]
    [InlineData(1, 27, "expiryDate")]
    [InlineData(1, 42, "optionalData")]
    [InlineData(1, 43, "composite")]
    public void Td3_corrupted_check_digit_fails_that_check(int line, int index, string check)
    {
        string[] lines = [Td3Line1, Td3Line2];
        lines[line] = Replace(lines[line], index, Bump(lines[line][index]));

        var result = MrzParser.Parse(lines, Today);

        Assert.False(result.IsValid);
        Assert.Empty(result.Errors);
        Assert.NotNull(result.Fields);
        Assert.Equal(new HashSet<string> { check, "composite" }, FailedChecks(result));
    }

    [Theory]
    [InlineData(0, 14, "documentNumber")]
    [InlineData(1, 6, "birthDate")]
    [InlineData(1, 14, "expiryDate")]
    [InlineData(1, 29, "composite")]
    public void Td1_corrupted_check_digit_fails_that_check(int line, int index, string check)
    {
        string[] lines = [Td1Line1, Td1Line2, Td1Line3];
        lines[line] = Replace(lines[line], index, Bump(lines[line][index]));

        var result = MrzParser.Parse(lines, Today);

        Assert.False(result.IsValid);
        Assert.Equal(new HashSet<string> { check, "composite" }, FailedChecks(result));
    }

    // A misread data character with a composite recomputed to match isolates a single field check.
    [Theory]
    [InlineData(1, "documentNumber")]
    [InlineData(15, "birthDate")]
    [InlineData(23, "expiryDate")]
    [InlineData(30, "optionalData")]
    public void Td3_misread_field_character_fails_exactly_that_check(int index, string check)
    {
        var line2 = Replace(Td3Line2, index, Td3Line2[index] == '1' ? '3' : '1');
        line2 = Replace(line2, 43, Ref(Td3Composite(line2)));

        var result = MrzParser.Parse([Td3Line1, line2], Today);

        Assert.False(result.IsValid);
        Assert.Equal(new HashSet<string> { check }, FailedChecks(result));
    }

    [Theory]
    [InlineData(0, 6, "documentNumber")]
    [InlineData(1, 1, "birthDate")]
    [InlineData(1, 10, "expiryDate")]
    public void Td1_misread_field_character_fails_exactly_that_check(int line, int index, string check)
    {
        string[] lines = [Td1Line1, Td1Line2, Td1Line3];
        lines[line] = Replace(lines[line], index, lines[line][index] == '1' ? '3' : '1');
        lines[1] = Replace(lines[1], 29, Ref(Td1Composite(lines[0], lines[1])));

        var result = MrzParser.Parse(lines, Today);

        Assert.Equal(new HashSet<string> { check }, FailedChecks(result));
    }

    [Fact]
    public void Misread_sex_is_not_covered_by_any_check_but_is_reported()
    {
        var result = MrzParser.Parse([Td3Line1, Replace(Td3Line2, 20, 'Q')], Today);

        Assert.False(result.IsValid);
        Assert.Empty(FailedChecks(result));
        Assert.Equal("Código de sexo no válido: 'Q'. Se esperaba M, F, X o '<'.", Assert.Single(result.Errors));
        Assert.Equal("unknown", result.Fields!.Sex);
    }

    [Theory]
    [InlineData('M', "male")]
    [InlineData('F', "female")]
    [InlineData('X', "unknown")]
    [InlineData('<', "unknown")]
    public void Sex_codes_are_mapped(char code, string expected)
    {
        var result = MrzParser.Parse([Td3Line1, Replace(Td3Line2, 20, code)], Today);

        Assert.True(result.IsValid);
        Assert.Equal(expected, result.Fields!.Sex);
    }

    [Fact]
    public void Lowercase_input_with_stray_spaces_and_carriage_returns_is_accepted()
    {
        string[] lines =
        [
            "  " + Td3Line1.ToLowerInvariant() + " \r",
            "\t" + Td3Line2[..20].ToLowerInvariant() + " " + Td3Line2[20..].ToLowerInvariant() + "\r\n",
        ];

        var result = MrzParser.Parse(lines, Today);

        Assert.True(result.IsValid);
        Assert.Equal("ERIKSSON", result.Fields!.PrimaryIdentifier);
        Assert.Equal("L898902C3", result.Fields.DocumentNumber);
    }

    [Fact]
    public void A_single_pasted_block_with_line_breaks_and_blank_lines_is_accepted()
    {
        var result = MrzParser.Parse([$"\n{Td1Line1}\r\n{Td1Line2}\n\n{Td1Line3}\n"], Today);

        Assert.True(result.IsValid);
        Assert.Equal(MrzFormat.Td1, result.Format);
    }

    [Fact]
    public void Wrong_line_length_is_a_format_error()
    {
        var result = MrzParser.Parse([Td3Line1, Td3Line2[..43]], Today);

        Assert.False(result.IsValid);
        Assert.Null(result.Format);
        Assert.Null(result.Fields);
        Assert.Empty(result.Checks);
        Assert.Equal(
            "Se esperaban 2 líneas de 44 caracteres (TD3), 2 de 36 (TD2) o 3 de 30 (TD1); se recibieron 2 líneas de 44 y 43 caracteres.",
            Assert.Single(result.Errors));
    }

    [Fact]
    public void Wrong_line_count_is_a_format_error()
    {
        var one = MrzParser.Parse([Td3Line1 + Td3Line2], Today);
        var four = MrzParser.Parse([Td1Line1, Td1Line2, Td1Line3, Td1Line3], Today);

        Assert.Equal(
            "Se esperaban 2 líneas de 44 caracteres (TD3), 2 de 36 (TD2) o 3 de 30 (TD1); se recibió 1 línea de 88 caracteres.",
            Assert.Single(one.Errors));
        Assert.EndsWith("se recibieron 4 líneas de 30, 30, 30 y 30 caracteres.", Assert.Single(four.Errors));
        Assert.Null(four.Format);
    }

    [Fact]
    public void Characters_outside_the_mrz_set_are_reported_by_line_and_position()
    {
        var result = MrzParser.Parse([Replace(Td3Line1, 7, 'É'), Replace(Td3Line2, 3, '-')], Today);

        Assert.False(result.IsValid);
        Assert.Equal(MrzFormat.Td3, result.Format);
        Assert.Null(result.Fields);
        Assert.Equal(
            [
                "La línea 1 contiene un carácter no válido en la posición 8: 'É'. Solo se admiten A-Z, 0-9 y '<'.",
                "La línea 2 contiene un carácter no válido en la posición 4: '-'. Solo se admiten A-Z, 0-9 y '<'.",
            ],
            result.Errors);
    }

    [Fact]
    public void Null_and_empty_input_return_an_error()
    {
        const string expected = "No se recibió ninguna línea de la zona de lectura mecánica (MRZ).";

        foreach (var input in new IReadOnlyList<string?>?[] { null, [], [null, null], ["", "   ", "\r\n"] })
        {
            var result = MrzParser.Parse(input, Today);
            Assert.False(result.IsValid);
            Assert.Null(result.Format);
            Assert.Equal(expected, Assert.Single(result.Errors));
        }
    }

    [Fact]
    public void Parse_without_today_uses_the_current_date()
    {
        var result = MrzParser.Parse([Td3Line1, Td3Line2]);

        Assert.True(result.IsValid);
        Assert.Equal(new DateOnly(1974, 8, 12), result.Fields!.BirthDate);
    }

    [Theory]
    [InlineData("740812", "1974-08-12")]
    [InlineData("200101", "2020-01-01")]
    [InlineData("250615", "2025-06-15")] // born today
    [InlineData("250616", "1925-06-16")] // tomorrow would be in the future
    [InlineData("000229", "2000-02-29")]
    public void Birth_date_takes_the_latest_century_not_in_the_future(string yymmdd, string expected)
    {
        var line2 = Td3SecondLine("AB123", yymmdd, 'M', "300101", "");

        var result = MrzParser.Parse([Td3Line1, line2], Today);

        Assert.True(result.IsValid);
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), result.Fields!.BirthDate);
    }

    [Theory]
    [InlineData("120415", "2012-04-15")]
    [InlineData("351231", "2035-12-31")]
    [InlineData("751231", "2075-12-31")] // exactly 50 years ahead
    [InlineData("760101", "1976-01-01")] // more than 50 years ahead
    public void Expiry_date_is_20yy_unless_more_than_50_years_ahead(string yymmdd, string expected)
    {
        var line2 = Td3SecondLine("AB123", "800101", 'F', yymmdd, "");

        var result = MrzParser.Parse([Td3Line1, line2], Today);

        Assert.True(result.IsValid);
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), result.Fields!.ExpiryDate);
    }

    [Theory]
    [InlineData("741332")] // month 13
    [InlineData("740000")] // unknown day and month, as on some refugee documents
    [InlineData("74<<<<")] // unknown parts written as fillers
    [InlineData("010229")] // 2001 is not a leap year
    public void Non_calendar_birth_date_leaves_the_field_null_and_still_checks_it(string yymmdd)
    {
        var line2 = Td3SecondLine("AB123", yymmdd, 'M', "300101", "");

        var valid = MrzParser.Parse([Td3Line1, line2], Today);
        var corrupted = MrzParser.Parse([Td3Line1, Replace(line2, 19, Bump(line2[19]))], Today);

        Assert.True(valid.IsValid);
        Assert.Null(valid.Fields!.BirthDate);
        Assert.Contains(valid.Checks, c => c is { Name: "birthDate", Passed: true });
        Assert.Contains(corrupted.Checks, c => c is { Name: "birthDate", Passed: false });
    }

    [Fact]
    public void Invalid_expiry_date_leaves_the_field_null()
    {
        var result = MrzParser.Parse([Td3Line1, Td3SecondLine("AB123", "800101", 'F', "301131", "")], Today);

        Assert.True(result.IsValid);
        Assert.Null(result.Fields!.ExpiryDate);
    }

    [Fact]
    public void Empty_personal_number_may_use_a_filler_as_its_check_digit()
    {
        var zero = Td3SecondLine("AB123", "800101", 'F', "300101", "");
        Assert.Equal('0', zero[42]);
        var filler = Replace(zero, 42, '<');
        filler = Replace(filler, 43, Ref(Td3Composite(filler)));

        var result = MrzParser.Parse([Td3Line1, filler], Today);

        Assert.True(result.IsValid);
        Assert.Equal("", result.Fields!.OptionalData1);
    }

    [Fact]
    public void Filler_check_digit_is_rejected_when_a_personal_number_is_present()
    {
        var line2 = Replace(Td3Line2, 42, '<');
        line2 = Replace(line2, 43, Ref(Td3Composite(line2)));

        var result = MrzParser.Parse([Td3Line1, line2], Today);

        Assert.Equal(new HashSet<string> { "optionalData" }, FailedChecks(result));
    }

    [Fact]
    public void Td1_long_document_number_continues_in_the_optional_data()
    {
        // ICAO 9303 Part 5: nine principal characters, '<' in place of the check digit, then the
        // rest of the number, its check digit and a filler at the start of the optional data.
        const string number = "D23145890734";
        var check = Ref(number);
        var line1 = ("I<UTO" + number[..9] + "<" + number[9..] + check + "<" + "AB12").PadRight(30, '<');
        var line2 = "7408122F1204159UTO<<<<<<<<<<<0";
        line2 = Replace(line2, 29, Ref(Td1Composite(line1, line2)));

        var result = MrzParser.Parse([line1, line2, Td1Line3], Today);

        Assert.True(result.IsValid);
        Assert.Equal(number, result.Fields!.DocumentNumber);
        Assert.Equal("AB12", result.Fields.OptionalData1);

        Assert.Equal(check, line1[18]);
        var wrong = Replace(line1, 18, Bump(check));
        var wrongLine2 = Replace(line2, 29, Ref(Td1Composite(wrong, line2)));
        Assert.Equal(
            new HashSet<string> { "documentNumber" },
            FailedChecks(MrzParser.Parse([wrong, wrongLine2, Td1Line3], Today)));
    }

    [Fact]
    public void Td1_filler_check_digit_without_continuation_fails_the_document_number_check()
    {
        var line1 = Replace(Td1Line1, 14, '<');
        var line2 = Replace(Td1Line2, 29, Ref(Td1Composite(line1, Td1Line2)));

        var result = MrzParser.Parse([line1, line2, Td1Line3], Today);

        Assert.Equal(new HashSet<string> { "documentNumber" }, FailedChecks(result));
        Assert.Equal("D23145890", result.Fields!.DocumentNumber);
    }

    [Fact]
    public void Td2_long_document_number_continues_in_the_optional_data()
    {
        const string number = "D231458907AB";
        var line2 = "D23145890" + "<" + "UTO7408122F1204159" + number[9..] + Ref(number) + "<<<" + "0";
        Assert.Equal(36, line2.Length);
        line2 = Replace(line2, 35, Ref(line2[..10] + line2[13..20] + line2[21..35]));

        var result = MrzParser.Parse([Td2Line1, line2], Today);

        Assert.True(result.IsValid);
        Assert.Equal(number, result.Fields!.DocumentNumber);
        Assert.Equal("", result.Fields.OptionalData1);
    }

    [Fact]
    public void Visa_layouts_have_no_composite_check()
    {
        // MRV-A: 2 × 44, optional data runs to the end of the lower line.
        var mrvA2 = "L8988901C" + Ref("L8988901C") + "XXX" + "400907" + Ref("400907") + "F"
            + "961210" + Ref("961210") + "ZE184226B<<<<<<<";
        Assert.Equal(44, mrvA2.Length);
        var mrvB2 = mrvA2[..36];

        var a = MrzParser.Parse(["V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", mrvA2], Today);
        var b = MrzParser.Parse(["V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<", mrvB2], Today);

        Assert.Equal(MrzFormat.MrvA, a.Format);
        Assert.True(a.IsValid, string.Join(", ", FailedChecks(a)));
        Assert.Equal(["documentNumber", "birthDate", "expiryDate"], a.Checks.Select(c => c.Name));
        Assert.Equal("ZE184226B", a.Fields!.OptionalData1);
        Assert.Equal("V", a.Fields.DocumentCode);
        Assert.Equal("XXX", a.Fields.Nationality);
        Assert.Equal(MrzFormat.MrvB, b.Format);
        Assert.True(b.IsValid);
        Assert.Equal("ZE184226", b.Fields!.OptionalData1);
    }

    [Theory]
    [InlineData("DE<LA<CRUZ<<JUAN<PABLO", "DE LA CRUZ", "JUAN PABLO")]
    [InlineData("MADONNA", "MADONNA", "")]
    [InlineData("<<ONLY<GIVEN", "", "ONLY GIVEN")]
    [InlineData("SMITH<<<JOHN", "SMITH", "JOHN")]
    public void Names_split_on_double_filler(string name, string primary, string secondary)
    {
        var line1 = ("P<UTO" + name).PadRight(44, '<');

        var result = MrzParser.Parse([line1, Td3Line2], Today);

        Assert.True(result.IsValid);
        Assert.Equal(primary, result.Fields!.PrimaryIdentifier);
        Assert.Equal(secondary, result.Fields.SecondaryIdentifier);
    }

    [Fact]
    public void Issuing_state_and_nationality_lose_their_fillers()
    {
        var line1 = "P<D<<" + Td3Line1[5..];
        var line2 = Td3Line2[..10] + "D<<" + Td3Line2[13..];

        var result = MrzParser.Parse([line1, line2], Today);

        Assert.True(result.IsValid);
        Assert.Equal("D", result.Fields!.IssuingState);
        Assert.Equal("D", result.Fields.Nationality);
    }

    [Fact]
    public void ComputeCheckDigit_matches_the_reference_and_rejects_foreign_characters()
    {
        Assert.Equal('6', MrzParser.ComputeCheckDigit("L898902C3"));
        Assert.Equal('0', MrzParser.ComputeCheckDigit("<<<<<"));
        Assert.Throws<ArgumentException>(() => MrzParser.ComputeCheckDigit("l898"));
    }

    [Fact]
    public void Garbage_never_throws()
    {
        var random = new Random(9303);
        const string alphabet = "ABCXYZ0123456789<<<<<< \r\néñ-*\u0000";
        var widths = new[] { 0, 1, 29, 30, 31, 35, 36, 37, 43, 44, 45, 90 };

        for (var i = 0; i < 5_000; i++)
        {
            var lineCount = random.Next(0, 5);
            var width = widths[random.Next(widths.Length)];
            var lines = new string?[lineCount];
            for (var l = 0; l < lineCount; l++)
            {
                lines[l] = random.Next(20) == 0
                    ? null
                    : new string(Enumerable.Range(0, width).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            }

            var result = MrzParser.Parse(lines, Today);
            Assert.Equal(result.IsValid, result.Errors.Count == 0 && result.Fields is not null && result.Checks.All(c => c.Passed));
        }
    }

    [Fact]
    public void Well_shaped_random_mrz_never_throws()
    {
        // Right lengths and character set, random content: exercises every field reader.
        var random = new Random(44);
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<<<<<<<<<<";
        foreach (var shape in new[] { new[] { 44, 44 }, [36, 36], [30, 30, 30] })
        {
            for (var i = 0; i < 2_000; i++)
            {
                var lines = shape
                    .Select(w => new string(Enumerable.Range(0, w).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray()))
                    .ToArray();
                if (random.Next(2) == 0)
                {
                    lines[0] = "V" + lines[0][1..];
                }

                var result = MrzParser.Parse(lines, DateOnly.FromDayNumber(random.Next(0, DateOnly.MaxValue.DayNumber)));
                Assert.NotNull(result.Fields);
            }
        }
    }
}
