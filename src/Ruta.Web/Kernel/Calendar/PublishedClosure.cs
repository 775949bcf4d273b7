namespace Ruta.Web.Kernel.Calendar;

/// <summary>
/// Days an authority declared non-working by an acuerdo published in the Diario Oficial de la
/// Federación: general vacations, Holy Week, ad hoc suspensions (LFPA art. 28, last part). Applies only
/// to the authority that published it.
/// </summary>
/// <param name="AuthorityCode">The authority the closure binds, e.g. "COMAR" or "INM" (compared ignoring case).</param>
/// <param name="FirstDay">First closed day, inclusive.</param>
/// <param name="LastDay">Last closed day, inclusive.</param>
/// <param name="DofReference">Citation of the DOF publication, e.g. "Acuerdo SEGOB, DOF 29/05/2024".</param>
/// <param name="Description">Spanish description shown to users, e.g. "días inhábiles del 29 al 31 de mayo de 2024".</param>
public sealed record PublishedClosure(
    string AuthorityCode,
    DateOnly FirstDay,
    DateOnly LastDay,
    string DofReference,
    string Description);
