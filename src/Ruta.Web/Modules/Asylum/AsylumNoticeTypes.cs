namespace Ruta.Web.Modules.Asylum;

/// <summary>Oficio kinds of this module beyond the kernel's <see cref="Kernel.Notices.NoticeTypes"/>.</summary>
public static class AsylumNoticeTypes
{
    /// <summary>COMAR tells INM a timely recurso de revisión was filed, so the protection continues.</summary>
    public const string AppealFiled = Kernel.Notices.NoticeTypes.AsylumAppealFiled;
}
