namespace Ruta.Web.Kernel.Calendar;

/// <summary>How the days of a legal period are counted.</summary>
public enum PeriodUnit
{
    /// <summary>
    /// Días hábiles: only working days count (LFPA art. 28). Counting starts the day after the
    /// triggering event took effect (LFPA art. 38).
    /// </summary>
    BusinessDays = 1,

    /// <summary>
    /// Días naturales: every day counts; a last day that is non-working moves to the next working
    /// day (LFPA art. 29).
    /// </summary>
    NaturalDays = 2,
}
