namespace Ruta.Web.Kernel.Calendar;

/// <summary>The legal sources that make a day non-working.</summary>
[Flags]
public enum NonWorkingSources : byte
{
    /// <summary>No source: the day is working.</summary>
    None = 0,

    /// <summary>Saturday or Sunday (LFPA art. 28).</summary>
    Weekend = 1,

    /// <summary>A date listed in LFPA art. 28.</summary>
    Lfpa = 2,

    /// <summary>A mandatory rest day listed in LFT art. 74.</summary>
    Lft = 4,

    /// <summary>A vacation or suspension the authority published in the DOF (LFPA art. 28, last part).</summary>
    PublishedClosure = 8,
}
