using BenchmarkDotNet.Attributes;
using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.Calendar;
using Ruta.Web.Kernel.Persons;
using Ruta.Web.Kernel.Persons.Identification;
using Ruta.Web.Modules.Asylum.Domain;

namespace Ruta.Benchmarks;

/// <summary>
/// The kernel's hot pure functions, each called on every request that touches a deadline, a CURP or a
/// name search. Reported per call with allocations (MemoryDiagnoser).
/// </summary>
[MemoryDiagnoser]
public class KernelBenchmarks
{
    private readonly LegalCalendar _calendar = new(KnownClosures.Seed);
    private readonly DateOnly _trigger = new(2026, 12, 14);

    /// <summary>45 business days of COMAR from a filing in December: crosses the holiday season and a published closure.</summary>
    [Benchmark]
    public DateOnly DeadlineCalculator45BusinessDays() =>
        _calendar.Compute(_trigger, 45, PeriodUnit.BusinessDays, AgencyCodes.Comar).DueDate;

    /// <summary>3 business days (ratification), the short limits most acts carry.</summary>
    [Benchmark]
    public DateOnly DeadlineCalculator3BusinessDays() =>
        _calendar.Compute(_trigger, 3, PeriodUnit.BusinessDays, AgencyCodes.Comar).DueDate;

    [Benchmark]
    public bool CurpValidation() => Curp.Validate("GODE561231HDFNRR08", new DateOnly(2026, 11, 25)).IsValid;

    /// <summary>A stored key is already folded: the common case of matching, no allocation expected.</summary>
    [Benchmark]
    public string NameNormalizationAlreadyFolded() => NameNormalizer.Normalize("perez castillo jose luis");

    [Benchmark]
    public string NameNormalizationAccentedSpanish() => NameNormalizer.Normalize("  José Luis PÉREZ-Castillo Núñez ");

    [Benchmark]
    public string NameNormalizationHaitianCreole() => NameNormalizer.Normalize("Wideline Jean-Baptiste Saint-Fleur");

    /// <summary>
    /// The deliberate cost inside every asylum filing: the applicant's status secret is stored as
    /// PBKDF2-SHA256 (AsylumStatusSecrets.Iterations), and a filing hashes it once.
    /// </summary>
    [Benchmark]
    public string AsylumStatusSecretHash() => AsylumStatusSecrets.Hash("7KQ2MX9D4P");
}
