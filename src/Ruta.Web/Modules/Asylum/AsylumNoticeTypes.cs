namespace Ruta.Web.Modules.Asylum;

/// <summary>Oficio kinds of this module beyond the kernel's <see cref="Kernel.Notices.NoticeTypes"/>.</summary>
public static class AsylumNoticeTypes
{
    /// <summary>COMAR tells INM a timely recurso de revisión was filed, so the protection continues.</summary>
    public const string AppealFiled = Kernel.Notices.NoticeTypes.AsylumAppealFiled;
}

/// <summary>
/// Where each oficio of the module leads its recipient (the notice's link): INM to the page where it
/// issues the TVRH or the TRP of the claim's persons, COMAR to the file.
/// </summary>
public static class AsylumNoticeLinks
{
    public static Kernel.Notices.NoticeLink IssueHumanitarianCards(Guid claimId) =>
        new($"/Asylum/{claimId:D}/Documents", "Expedir las tarjetas de visitante por razones humanitarias (TVRH)");

    public static Kernel.Notices.NoticeLink IssuePermanentResidentCards(Guid claimId) =>
        new($"/Asylum/{claimId:D}/Documents", "Expedir las tarjetas de residente permanente (TRP)");

    public static Kernel.Notices.NoticeLink OpenFile(Guid claimId) => new($"/Asylum/{claimId:D}", "Abrir el expediente de la solicitud");
}
