namespace Ruta.Web.Kernel.Calendar;

/// <summary>
/// Which reading of the two federal holiday lists decides whether a weekday is non-working.
/// LFPA art. 28 and LFT art. 74 disagree on several dates, so every deadline has two readings.
/// </summary>
public enum CalendarReading
{
    /// <summary>
    /// The official (outer) reading: a day is non-working if it is in either list (UNION), a weekend,
    /// or a closure published by the authority. Gives the legal due date.
    /// </summary>
    Official = 1,

    /// <summary>
    /// The conservative reading: only the days both lists share (INTERSECTION), weekends and the
    /// authority's published closures are non-working. Gives the "file no later than" date told to
    /// the person, which is never later than the official one.
    /// </summary>
    Conservative = 2,
}
