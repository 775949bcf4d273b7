using Ruta.Web.Kernel.Removal;

namespace Ruta.Web.Modules.Asylum.Domain;

/// <summary>
/// What the protection evaluation needs of a claim, for one person: one row, read with indexed lookups.
/// <see cref="Article52DeterminedOn"/> is the art. 52 determination about THAT person, if any.
/// </summary>
public sealed record ProtectionFacts(
    Guid ClaimId, Guid ApplicantId, AsylumClaimStatus Status, AsylumOutcome? Outcome, DateOnly FiledOn, DateOnly? NotifiedOn,
    DateOnly? AppealDueDate, DateOnly? AppealFiledOn, DateOnly? RecognizedOn, DateOnly? Article52DeterminedOn);

/// <summary>
/// Non-refoulement of applicants, refugees and complementary-protection holders, evaluated on a date:
/// the removal guard's asylum rule and INM's status endpoint both ask here, so they never disagree.
/// Dependents are covered by the same claim as the applicant (LRPCAP art. 12).
/// </summary>
public static class AsylumProtection
{
    public const string ClaimPending = "ASYLUM_CLAIM_PENDING";
    public const string AppealWindowOpen = "APPEAL_WINDOW_OPEN";
    public const string AppealPending = "APPEAL_PENDING";
    public const string RecognizedRefugee = "RECOGNIZED_REFUGEE";
    public const string ComplementaryProtection = "COMPLEMENTARY_PROTECTION";

    public const string ClaimPendingBasis = "LRPCAP art. 6; LM art. 121 párr. segundo; RLRPCAP art. 22";
    public const string AppealWindowBasis = "LRPCAP arts. 6, 25 y 39; LFPA art. 85";
    public const string AppealPendingBasis = "LRPCAP arts. 6, 25 y 39; LFPA arts. 83 y 85";
    public const string RefugeeBasis = "LRPCAP art. 6 párr. primero (salvo determinación del art. 52)";
    public const string ComplementaryBasis = "LRPCAP arts. 6 párr. segundo y 28 (salvo determinación del art. 52)";

    /// <summary>
    /// The block this claim puts on removing <paramref name="personId"/> on <paramref name="on"/>, or
    /// null. Every kind of removal is blocked ("rechazado en frontera o devuelto de cualquier forma").
    /// </summary>
    public static RemovalBlock? BlockOn(ProtectionFacts claim, Guid personId, DateOnly on)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var who = personId == claim.ApplicantId
            ? $"Es la persona solicitante de la solicitud de refugio {claim.ClaimId}"
            : $"Es dependiente en la solicitud de refugio {claim.ClaimId} y sigue la suerte de la persona solicitante (LRPCAP art. 12)";
        switch (claim.Status)
        {
            case var s when AsylumProcedure.IsPending(s):
                return new RemovalBlock(ClaimPending, ClaimPendingBasis,
                    $"{who}, presentada el {claim.FiledOn:yyyy-MM-dd} y sin resolución definitiva: no puede ser devuelta, rechazada en frontera ni retornada. " +
                    "Un retorno voluntario requiere antes registrar el desistimiento.",
                    claim.FiledOn, null);
            case AsylumClaimStatus.AppealWindowOpen when claim.AppealDueDate is { } due && on <= due:
                return new RemovalBlock(AppealWindowOpen, AppealWindowBasis,
                    $"{who}. La resolución negativa se notificó el {claim.NotifiedOn:yyyy-MM-dd} y el plazo para el recurso de revisión corre hasta el {due:yyyy-MM-dd}: " +
                    "mientras corre se respeta el principio de no devolución.",
                    claim.NotifiedOn, due.AddDays(1));
            case AsylumClaimStatus.AppealPending:
                return new RemovalBlock(AppealPending, AppealPendingBasis,
                    $"{who}. Interpuso en tiempo el recurso de revisión ({claim.AppealFiledOn:yyyy-MM-dd}) y aún no se resuelve.",
                    claim.AppealFiledOn, null);
            case AsylumClaimStatus.Recognized when claim.Article52DeterminedOn is { } determined && determined <= on:
                // LRPCAP art. 52: the one exception, recorded by a person with reasons; the kernel's other rules still apply.
                return null;
            case AsylumClaimStatus.Recognized when claim.Outcome == AsylumOutcome.Refugee:
                return new RemovalBlock(RecognizedRefugee, RefugeeBasis,
                    $"{who}. Reconocida como refugiada desde el {claim.RecognizedOn:yyyy-MM-dd}: la protección contra la devolución es permanente " +
                    "y solo la levanta una determinación del art. 52 registrada por la COMAR.",
                    claim.RecognizedOn, null);
            case AsylumClaimStatus.Recognized when claim.Outcome == AsylumOutcome.ComplementaryProtection:
                return new RemovalBlock(ComplementaryProtection, ComplementaryBasis,
                    $"{who}. Recibió protección complementaria desde el {claim.RecognizedOn:yyyy-MM-dd}: no puede ser devuelta " +
                    "salvo una determinación del art. 52 registrada por la COMAR.",
                    claim.RecognizedOn, null);
            default:
                return null;
        }
    }
}
