namespace Ruta.Web.Modules.Migration;

/// <summary>Oficio kinds of this module beyond the kernel's <see cref="Kernel.Notices.NoticeTypes"/>.</summary>
public static class MigrationNoticeTypes
{
    /// <summary>INM tells COMAR that a person asked for asylum at a filter or while at its disposal (LRPCAP art. 21).</summary>
    public const string AsylumRequested = Kernel.Notices.NoticeTypes.MigrationAsylumRequested;

    /// <summary>INM tells the Procuraduría it met a child (the kernel's kind, before any migration procedure).</summary>
    public const string ChildIdentified = Kernel.Notices.NoticeTypes.ChildIdentified;
}
