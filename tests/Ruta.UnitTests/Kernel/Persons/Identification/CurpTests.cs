using Ruta.Web.Kernel.Persons.Identification;

namespace Ruta.UnitTests.Kernel.Persons.Identification;

public sealed class CurpTests
{
    private static readonly DateOnly Today = new(2025, 6, 15);

    // Valid CURPs. The check digits were worked out with ReferenceCheckDigit below, not with the
    // code under test. Worked example for BOXW310820HNERXN09 (value = index in the alphabet,
    // weight = 18 − position index):
    //   B 11×18=198  O 25×17=425  X 34×16=544  W 33×15=495  3×14=42  1×13=13  0×12=0  8×11=88
    //   2×10=20  0×9=0  H 17×8=136  N 23×7=161  E 14×6=84  R 28×5=140  X 34×4=136  N 23×3=69  0×2=0
    //   sum = 2551; 2551 mod 10 = 1; (10 − 1) mod 10 = 9 → check digit 9.
    private const string BornAbroad1931 = "BOXW310820HNERXN09"; // also python-stdnum's documented example
    private const string Chiapas1985 = "GOPM850704MCSNRR06";
    private const string Chiapas2005 = "LOHJ050112HCSPRNA1";
    private const string NonBinary1999 = "RAMA990101XDFMRN07";
    private const string WithEnye = "NUÑE701231MOCÑGL04"; // Ñ (24) ≠ N (23): NUNE701231MOCNGL0 ends in 5

    private const string Alphabet = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ";

    /// <summary>Independent check digit: Σ index(c) × (18 − i), then (10 − sum mod 10) mod 10.</summary>
    private static char ReferenceCheckDigit(string first17)
    {
        var sum = first17.Select((c, i) => Alphabet.IndexOf(c, StringComparison.Ordinal) * (18 - i)).Sum();
        return (char)('0' + (10 - sum % 10) % 10);
    }

    private static string WithCheckDigit(string first17) => first17 + ReferenceCheckDigit(first17);

    [Theory]
    [InlineData(BornAbroad1931)]
    [InlineData(Chiapas1985)]
    [InlineData(Chiapas2005)]
    [InlineData(NonBinary1999)]
    [InlineData(WithEnye)]
    public void Reference_check_digit_agrees_with_the_literals(string curp)
    {
        Assert.Equal(curp[17], ReferenceCheckDigit(curp[..17]));
    }

    [Theory]
    [InlineData(BornAbroad1931, "1931-08-20", "male", "NE")]
    [InlineData(Chiapas1985, "1985-07-04", "female", "CS")]
    [InlineData(Chiapas2005, "2005-01-12", "male", "CS")]
    [InlineData(NonBinary1999, "1999-01-01", "other", "DF")]
    [InlineData(WithEnye, "1970-12-31", "female", "OC")]
    public void Valid_curps_are_accepted_and_decoded(string curp, string birthDate, string sex, string state)
    {
        var result = Curp.Validate(curp, Today);

        Assert.True(result.IsValid, string.Join(" | ", result.Errors));
        Assert.Empty(result.Errors);
        Assert.Equal(curp, result.Normalized);
        Assert.Equal(DateOnly.Parse(birthDate, System.Globalization.CultureInfo.InvariantCulture), result.BirthDate);
        Assert.Equal(sex, result.Sex);
        Assert.Equal(state, result.StateCode);
    }

    [Fact]
    public void Lowercase_and_surrounding_spaces_are_normalized()
    {
        var result = Curp.Validate("  nuñe701231mocñgl04 \t", Today);

        Assert.True(result.IsValid);
        Assert.Equal(WithEnye, result.Normalized);
    }

    [Fact]
    public void Wrong_check_digit_names_the_expected_one()
    {
        var result = Curp.Validate(Chiapas1985[..17] + "7", Today);

        Assert.False(result.IsValid);
        Assert.Equal("El dígito verificador no coincide: se esperaba 6.", Assert.Single(result.Errors));
        Assert.Equal(new DateOnly(1985, 7, 4), result.BirthDate);
    }

    [Fact]
    public void Enye_is_weighted_as_its_own_letter()
    {
        // With Ñ read as N the digit would be 5; read as O it would be 3.
        Assert.Equal("El dígito verificador no coincide: se esperaba 4.", Assert.Single(Curp.Validate("NUÑE701231MOCÑGL05", Today).Errors));
        Assert.Equal('4', Curp.ComputeCheckDigit("NUÑE701231MOCÑGL0"));
        Assert.Equal('5', Curp.ComputeCheckDigit("NUNE701231MOCNGL0"));
    }

    [Fact]
    public void February_30_does_not_exist()
    {
        var result = Curp.Validate(WithCheckDigit("PEPE230230HDFRRRA"), Today);

        Assert.False(result.IsValid);
        Assert.Equal("La fecha de nacimiento 2023-02-30 no existe.", Assert.Single(result.Errors));
        Assert.Null(result.BirthDate);
    }

    [Theory]
    [InlineData("PEPE240229HDFRRRA", null)] // 2024 is a leap year
    [InlineData("PEPE000229HDFRRRA", null)] // 2000 is a leap year (divisible by 400)
    [InlineData("PEPE230229HDFRRRA", "La fecha de nacimiento 2023-02-29 no existe.")]
    [InlineData("PEPE000229HDFRRR0", "La fecha de nacimiento 1900-02-29 no existe.")] // 1900 is not
    [InlineData("PEPE960229HDFRRR0", null)]
    public void February_29_follows_the_leap_year_rules(string first17, string? error)
    {
        var result = Curp.Validate(WithCheckDigit(first17), Today);

        Assert.Equal(error is null, result.IsValid);
        Assert.Equal(error is null ? [] : new[] { error }, result.Errors);
    }

    [Theory]
    [InlineData("PEPE851301HDFRRR0", "La fecha de nacimiento 1985-13-01 no existe.")]
    [InlineData("PEPE850100HDFRRR0", "La fecha de nacimiento 1985-01-00 no existe.")]
    public void Impossible_month_or_day_is_reported(string first17, string error)
    {
        Assert.Equal(error, Assert.Single(Curp.Validate(WithCheckDigit(first17), Today).Errors));
    }

    [Fact]
    public void Birth_date_in_the_future_is_rejected()
    {
        var curp = WithCheckDigit("PEPE250616HDFRRRA");

        var tomorrow = Curp.Validate(curp, Today);
        var later = Curp.Validate(curp, new DateOnly(2025, 6, 16));

        Assert.Equal("La fecha de nacimiento está en el futuro.", Assert.Single(tomorrow.Errors));
        Assert.True(later.IsValid);
    }

    [Fact]
    public void Default_today_is_the_current_date()
    {
        Assert.True(Curp.Validate(Chiapas1985).IsValid);
        Assert.False(Curp.Validate(WithCheckDigit($"PEPE{DateTime.UtcNow.AddYears(1):yyMMdd}HDFRRRA")).IsValid);
    }

    [Fact]
    public void Unknown_state_code_is_named()
    {
        var result = Curp.Validate(WithCheckDigit("GOPM850704MZZNRR0"), Today);

        Assert.False(result.IsValid);
        Assert.Equal("Clave de entidad desconocida: ZZ.", Assert.Single(result.Errors));
        Assert.Null(result.StateCode);
    }

    [Fact]
    public void Every_listed_state_code_is_accepted()
    {
        string[] codes =
        [
            "AS", "BC", "BS", "CC", "CL", "CM", "CS", "CH", "DF", "DG", "GT", "GR", "HG", "JC", "MC", "MN", "MS",
            "NT", "NL", "OC", "PL", "QT", "QR", "SP", "SL", "SR", "TC", "TS", "TL", "VZ", "YN", "ZS", "NE",
        ];

        foreach (var code in codes)
        {
            var result = Curp.Validate(WithCheckDigit($"GOPM850704M{code}NRR0"), Today);
            Assert.True(result.IsValid, code);
            Assert.Equal(code, result.StateCode);
        }
    }

    [Theory]
    [InlineData("XX")]
    [InlineData("CX")]
    [InlineData("EX")]
    [InlineData("NA")]
    public void Codes_outside_the_renapo_list_are_unknown(string code)
    {
        var result = Curp.Validate(WithCheckDigit($"GOPM850704M{code}NRR0"), Today);

        Assert.Equal($"Clave de entidad desconocida: {code}.", Assert.Single(result.Errors));
    }

    [Theory]
    [InlineData("GOPM850704MCSNRR0", 17)]
    [InlineData("GOPM850704MCSNRR061", 19)]
    [InlineData("G", 1)]
    public void Wrong_length_is_rejected(string input, int length)
    {
        var result = Curp.Validate(input, Today);

        Assert.False(result.IsValid);
        Assert.Equal($"La CURP debe tener 18 caracteres; tiene {length}.", Assert.Single(result.Errors));
        Assert.Equal(input, result.Normalized);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Empty_input_is_rejected(string? input)
    {
        var result = Curp.Validate(input, Today);

        Assert.False(result.IsValid);
        Assert.Null(result.Normalized);
        Assert.Equal("La CURP está vacía.", Assert.Single(result.Errors));
    }

    [Theory]
    [InlineData("GOPM-50704MCSNRR06", "Carácter no válido en la posición 5: '-'. Solo se admiten letras (A-Z, Ñ) y dígitos.")]
    [InlineData("GOPM85070 MCSNRR06", "Carácter no válido en la posición 10: ' '. Solo se admiten letras (A-Z, Ñ) y dígitos.")]
    [InlineData("GÓPM850704MCSNRR06", "Carácter no válido en la posición 2: 'Ó'. Solo se admiten letras (A-Z, Ñ) y dígitos.")]
    public void Characters_outside_the_alphabet_are_rejected(string input, string error)
    {
        var result = Curp.Validate(input, Today);

        Assert.False(result.IsValid);
        Assert.Equal(error, Assert.Single(result.Errors));
    }

    [Theory]
    [InlineData("1OPM850704MCSNRR0", "La posición 1 (inicial del primer apellido) debe ser una letra; se encontró '1'.")]
    [InlineData("GBPM850704MCSNRR0", "La posición 2 (primera vocal interna del primer apellido) debe ser una vocal o X; se encontró 'B'.")]
    [InlineData("GO1M850704MCSNRR0", "La posición 3 (inicial del segundo apellido) debe ser una letra; se encontró '1'.")]
    [InlineData("GOP1850704MCSNRR0", "La posición 4 (inicial del nombre) debe ser una letra; se encontró '1'.")]
    [InlineData("GOPMA50704MCSNRR0", "Las posiciones 5 a 10 (fecha de nacimiento, AAMMDD) deben ser dígitos; se encontró 'A50704'.")]
    [InlineData("GOPM850704ZCSNRR0", "La posición 11 (sexo) debe ser H, M o X; se encontró 'Z'.")]
    [InlineData("GOPM850704MCSARR0", "La posición 14 (primera consonante interna del primer apellido) debe ser una consonante o X; se encontró 'A'.")]
    [InlineData("GOPM850704MCSN1R0", "La posición 15 (primera consonante interna del segundo apellido) debe ser una consonante o X; se encontró '1'.")]
    [InlineData("GOPM850704MCSNRE0", "La posición 16 (primera consonante interna del nombre) debe ser una consonante o X; se encontró 'E'.")]
    [InlineData("GOPM850704MCSNRRÑ", "La posición 17 (diferenciador) debe ser un dígito (nacidos de 1900 a 1999) o una letra A-Z (nacidos desde 2000); se encontró 'Ñ'.")]
    public void Each_structural_position_has_a_specific_error(string first17, string error)
    {
        var result = Curp.Validate(WithCheckDigit(first17), Today);

        Assert.False(result.IsValid);
        Assert.Equal(error, Assert.Single(result.Errors));
    }

    [Fact]
    public void Letter_in_the_check_digit_position_is_rejected()
    {
        var result = Curp.Validate("GOPM850704MCSNRR0A", Today);

        Assert.Equal("La posición 18 (dígito verificador) debe ser un dígito; se encontró 'A'.", Assert.Single(result.Errors));
    }

    [Fact]
    public void All_problems_are_reported_together()
    {
        var result = Curp.Validate("GBPM850230ZZZNRR00", Today);

        Assert.False(result.IsValid);
        Assert.Equal(5, result.Errors.Count); // vowel, sex, state, date, check digit
        Assert.Contains("Clave de entidad desconocida: ZZ.", result.Errors);
        Assert.Contains("La fecha de nacimiento 1985-02-30 no existe.", result.Errors);
        Assert.Contains(result.Errors, e => e.StartsWith("El dígito verificador no coincide", StringComparison.Ordinal));
    }

    [Fact]
    public void X_placeholders_are_accepted_everywhere_letters_are()
    {
        Assert.True(Curp.Validate(WithCheckDigit("XXXX900101HNEXXX0"), Today).IsValid);
    }

    [Fact]
    public void ComputeCheckDigit_agrees_with_the_reference_on_random_input()
    {
        var random = new Random(18);
        for (var i = 0; i < 1_000; i++)
        {
            var first17 = new string(Enumerable.Range(0, 17).Select(_ => Alphabet[random.Next(Alphabet.Length)]).ToArray());
            Assert.Equal(ReferenceCheckDigit(first17), Curp.ComputeCheckDigit(first17));
        }
    }

    [Theory]
    [InlineData("GOPM850704MCSNRR")]
    [InlineData("GOPM850704MCSNRR06")]
    [InlineData("gopm850704mcsnrr0")]
    [InlineData("GOPM850704MCSNR-0")]
    public void ComputeCheckDigit_rejects_malformed_input(string input)
    {
        Assert.Throws<ArgumentException>(() => Curp.ComputeCheckDigit(input));
    }
}
