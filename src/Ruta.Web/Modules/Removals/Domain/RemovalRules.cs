namespace Ruta.Web.Modules.Removals.Domain;

/// <summary>
/// The legal bases and refusal codes of the removal procedures. Each rule cites its law and article
/// here, once; docs/legal-rules.md ("Salidas: retorno asistido y deportación (INM)", RET-xx) lists them
/// with where they are enforced.
/// </summary>
public static class RemovalRules
{
    /// <summary>RET-01: assisted return of an adult only "a petición expresa", in writing.</summary>
    public const string AssistedReturnRequestBasis = "LM arts. 118 y 119 párr. primero; RLM art. 191 fr. III";

    /// <summary>RET-02: deportation of a presented foreigner on a ground of art. 144, reasoned.</summary>
    public const string DeportationGroundBasis = "LM arts. 143 y 144 fr. I–VI; Const. art. 16 (fundamentación y motivación)";

    /// <summary>RET-03: only an INM supervisor orders a deportation (an act of authority with a re-entry restriction).</summary>
    public const string DeportationOrderBasis = "LM arts. 143 y 144";

    /// <summary>RET-04: deportation applies to the "extranjero presentado" (an open stay in a migration station).</summary>
    public const string PresentationBasis = "LM art. 144 párr. primero";

    /// <summary>RET-05: the destination is the country of nationality or of regular residence.</summary>
    public const string DestinationBasis = "LM arts. 119 fr. VI y 123 párr. primero";

    /// <summary>RET-06: the rights before an assisted return.</summary>
    public const string AssistedReturnRightsBasis = "LM art. 119 fr. I–VII";

    /// <summary>RET-06: the rights in a deportation procedure.</summary>
    public const string DeportationRightsBasis = "LM art. 122 fr. I–VI";

    /// <summary>RET-07: vulnerable persons are returned with the receiving country's officials taking part.</summary>
    public const string ReceivingOfficialsBasis = "LM art. 120 párr. primero";

    /// <summary>RET-08: families travel together; a split needs a recorded reason.</summary>
    public const string FamilyUnityBasis = "LM arts. 2 (unidad familiar) y 120 párr. primero";

    /// <summary>RET-09: the guard is asked again on the day of execution, for every person who leaves.</summary>
    public const string ExecutionCheckBasis = "LRPCAP art. 6; LM art. 121 párr. segundo";

    /// <summary>RET-10: the transfer is postponed only for caso fortuito or fuerza mayor.</summary>
    public const string PostponementBasis = "LM art. 125";

    /// <summary>RET-11: an amparo against the removal suspends it (de oficio y de plano for deportation).</summary>
    public const string AmparoBasis = "Ley de Amparo arts. 15, 17 fr. IV, 126 y 128";

    /// <summary>RET-13: one open removal per person.</summary>
    public const string OneOpenRemovalBasis = "LM art. 115 (política de Ruta: un procedimiento de salida a la vez)";

    // Codes of refusals (DomainRuleException.Code).
    public const string RequestNotSigned = "ASSISTED_RETURN_REQUEST_NOT_SIGNED";
    public const string NotPresented = "DEPORTATION_REQUIRES_PRESENTATION";
    public const string DestinationNotAllowed = "DESTINATION_NOT_NATIONALITY_OR_RESIDENCE";
    public const string RightsMissing = "REMOVAL_RIGHTS_NOT_RECORDED";
    public const string RightAlreadyRecorded = "REMOVAL_RIGHT_ALREADY_RECORDED";
    public const string RightNotApplicable = "REMOVAL_RIGHT_NOT_APPLICABLE";
    public const string RightCannotBeDeclined = "REMOVAL_RIGHT_CANNOT_BE_DECLINED";
    public const string FamilySplit = "FAMILY_MUST_TRAVEL_TOGETHER";
    public const string NotOnScheduledDate = "REMOVAL_NOT_ON_SCHEDULED_DATE";
    public const string AlreadyOpen = "REMOVAL_ALREADY_OPEN";
    public const string AmparoStillOpen = "AMPARO_STILL_OPEN";
    public const string AmparoAlreadyResolved = "AMPARO_ALREADY_RESOLVED";

    /// <summary>Longest free text (reasons, notes).</summary>
    public const int Text = 4000;
}
