namespace Ruta.Web.Kernel.Calendar;

/// <summary>
/// One reason why a date is non-working. A date with several reasons (for example a Saturday that is
/// also 21 March) appears once per reason.
/// </summary>
/// <param name="Date">The non-working date.</param>
/// <param name="Reason">
/// Spanish text naming the rule and its source, e.g. "Sábado", "LFPA art. 28: 5 de febrero",
/// "LFT art. 74: primer lunes de febrero (2 de febrero)", "LFPA art. 28 y LFT art. 74: 1 de mayo",
/// "Cierre publicado en el DOF (Acuerdo SEGOB, DOF 29/05/2024): COMAR, ...".
/// </param>
/// <param name="Sources">
/// The source(s) behind this reason; <see cref="NonWorkingSources.Lfpa"/> | <see cref="NonWorkingSources.Lft"/>
/// when both laws list the same date with the same wording.
/// </param>
public sealed record NonWorkingDay(DateOnly Date, string Reason, NonWorkingSources Sources);
