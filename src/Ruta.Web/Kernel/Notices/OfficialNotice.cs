using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ruta.Web.Kernel.Domain;
using Ruta.Web.Kernel.Persistence;

namespace Ruta.Web.Kernel.Notices;

/// <summary>
/// An oficio: the formal written communication from one agency to another (COMAR tells INM of an
/// asylum claim, INM tells the Procuraduría of a child, the Procuraduría sends INM its restitution
/// plan). Once sent it is never edited; the recipient agency receives it (first opening) and
/// acknowledges it once. It carries everything the recipient needs to act, so reading it grants no
/// access to the sender's case file.
/// </summary>
public sealed class OfficialNotice : IVersioned
{
    /// <summary>Deadline.CaseType of acknowledgement deadlines.</summary>
    public const string CaseTypeName = "OfficialNotice";

    private OfficialNotice() { }

    internal OfficialNotice(Guid id, string folio, string senderAgency, Guid? senderOfficeId, string recipientAgency,
        Guid? recipientOfficeId, string type, string subject, string body, string legalBasis, Guid? personId,
        string? personName, string? caseType, Guid? caseId, DateTime sentAt, Guid? sentByUserId, string signerName,
        string signerPosition, NoticeLink? link = null)
    {
        Id = id;
        Folio = folio;
        SenderAgency = senderAgency;
        SenderOfficeId = senderOfficeId;
        RecipientAgency = recipientAgency;
        RecipientOfficeId = recipientOfficeId;
        Type = type;
        Subject = subject;
        Body = body;
        LegalBasis = legalBasis;
        PersonId = personId;
        PersonName = personName;
        CaseType = caseType;
        CaseId = caseId;
        SentAt = sentAt;
        SentByUserId = sentByUserId;
        SignerName = signerName;
        SignerPosition = signerPosition;
        LinkPath = link?.Path;
        LinkLabel = link?.Label;
        Status = NoticeStatus.Sent;
    }

    public Guid Id { get; private set; }

    /// <summary>Sender agency code, year and sequence, e.g. COMAR-2026-000123. Unique; never reused.</summary>
    public string Folio { get; private set; } = "";
    public string SenderAgency { get; private set; } = "";
    public Guid? SenderOfficeId { get; private set; }
    public string RecipientAgency { get; private set; } = "";
    public Guid? RecipientOfficeId { get; private set; }

    /// <summary>Kind of notice, see <see cref="NoticeTypes"/> (e.g. "asylum.claim-filed").</summary>
    public string Type { get; private set; } = "";
    public string Subject { get; private set; } = "";

    /// <summary>Plain text; pages encode it (never rendered as HTML).</summary>
    public string Body { get; private set; } = "";

    /// <summary>Law and article(s) the notice rests on ("fundamento legal").</summary>
    public string LegalBasis { get; private set; } = "";

    /// <summary>The person the notice concerns, if any, and their name as it was when sent.</summary>
    public Guid? PersonId { get; private set; }
    public string? PersonName { get; private set; }

    /// <summary>The sender's case that caused the notice (e.g. "AsylumClaim" + id). Only a reference: no access follows from it.</summary>
    public string? CaseType { get; private set; }
    public Guid? CaseId { get; private set; }

    /// <summary>
    /// Where in Ruta the recipient acts on the notice (a relative path, e.g. the page where INM issues
    /// an applicant's cards) and the Spanish label of that link; set by the module that sends it.
    /// Only a way there: the page it leads to checks access itself.
    /// </summary>
    public string? LinkPath { get; private set; }
    public string? LinkLabel { get; private set; }

    public DateTime SentAt { get; private set; }

    /// <summary>Null when the system sent it (no signed-in user).</summary>
    public Guid? SentByUserId { get; private set; }

    /// <summary>Signature block, copied when sent so the oficio reads the same forever.</summary>
    public string SignerName { get; private set; } = "";
    public string SignerPosition { get; private set; } = "";

    public NoticeStatus Status { get; private set; }

    /// <summary>First time a user of the recipient agency opened it.</summary>
    public DateTime? ReceivedAt { get; private set; }
    public Guid? ReceivedByUserId { get; private set; }

    public DateTime? AcknowledgedAt { get; private set; }
    public Guid? AcknowledgedByUserId { get; private set; }
    public string? AcknowledgedByName { get; private set; }
    public string? AcknowledgedByAgency { get; private set; }

    public int Version { get; set; }

    /// <summary>
    /// The recipient agency acknowledges receipt ("acuse de recibo"). Recorded once: a second
    /// acknowledgement is an illegal transition.
    /// </summary>
    public void Acknowledge(DateTime now, Guid? userId, string userName, string agency)
    {
        Status = NoticeTransitions.Next(Status, NoticeTrigger.Acknowledge);
        AcknowledgedAt = now;
        AcknowledgedByUserId = userId;
        AcknowledgedByName = userName;
        AcknowledgedByAgency = agency;
        if (ReceivedAt is null)
        {
            ReceivedAt = now;
            ReceivedByUserId = userId;
        }
    }

    public bool IsPending => Status != NoticeStatus.Acknowledged;
}

/// <summary>Where a notice is in its life: sent, opened by the recipient agency, acknowledged.</summary>
public enum NoticeStatus { Sent, Received, Acknowledged }

public enum NoticeTrigger { Open, Acknowledge }

/// <summary>The one table of legal moves of a notice; anything else throws.</summary>
public static class NoticeTransitions
{
    public static readonly IReadOnlyDictionary<(NoticeStatus, NoticeTrigger), NoticeStatus> Table =
        new Dictionary<(NoticeStatus, NoticeTrigger), NoticeStatus>
        {
            [(NoticeStatus.Sent, NoticeTrigger.Open)] = NoticeStatus.Received,
            [(NoticeStatus.Sent, NoticeTrigger.Acknowledge)] = NoticeStatus.Acknowledged,
            [(NoticeStatus.Received, NoticeTrigger.Acknowledge)] = NoticeStatus.Acknowledged,
        };

    public static bool Can(NoticeStatus status, NoticeTrigger trigger) => Table.ContainsKey((status, trigger));

    public static NoticeStatus Next(NoticeStatus status, NoticeTrigger trigger) =>
        Table.TryGetValue((status, trigger), out var next)
            ? next
            : throw new IllegalTransitionException("Oficio", StatusName(status), TriggerName(trigger));

    /// <summary>Spanish name of a status, as shown to officers and named in 409 problems.</summary>
    public static string StatusName(NoticeStatus status) => status switch
    {
        NoticeStatus.Sent => "enviado",
        NoticeStatus.Received => "recibido",
        NoticeStatus.Acknowledged => "acusado de recibo",
        _ => status.ToString(),
    };

    private static string TriggerName(NoticeTrigger trigger) => trigger switch
    {
        NoticeTrigger.Open => "abrir",
        NoticeTrigger.Acknowledge => "acusar de recibo",
        _ => trigger.ToString(),
    };
}

internal sealed class OfficialNoticeConfiguration : IEntityTypeConfiguration<OfficialNotice>
{
    public void Configure(EntityTypeBuilder<OfficialNotice> b)
    {
        b.ToTable("notice_notices");
        b.HasKey(n => n.Id);
        b.Property(n => n.Folio).HasMaxLength(NoticeLimits.Folio).IsRequired();
        b.HasIndex(n => n.Folio).IsUnique();
        b.Property(n => n.SenderAgency).HasMaxLength(32).IsRequired();
        b.Property(n => n.RecipientAgency).HasMaxLength(32).IsRequired();
        b.Property(n => n.Type).HasMaxLength(NoticeLimits.Type).IsRequired();
        b.Property(n => n.Subject).HasMaxLength(NoticeLimits.Subject).IsRequired();
        b.Property(n => n.Body).HasMaxLength(NoticeLimits.Body).IsRequired();
        b.Property(n => n.LegalBasis).HasMaxLength(NoticeLimits.LegalBasis).IsRequired();
        b.Property(n => n.PersonName).HasMaxLength(400);
        b.Property(n => n.CaseType).HasMaxLength(64);
        b.Property(n => n.LinkPath).HasMaxLength(NoticeLimits.LinkPath);
        b.Property(n => n.LinkLabel).HasMaxLength(NoticeLimits.LinkLabel);
        b.Property(n => n.SignerName).HasMaxLength(256).IsRequired();
        b.Property(n => n.SignerPosition).HasMaxLength(256).IsRequired();
        b.Property(n => n.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(n => n.AcknowledgedByName).HasMaxLength(256);
        b.Property(n => n.AcknowledgedByAgency).HasMaxLength(32);
        b.Property(n => n.Version).IsConcurrencyToken();
        b.Ignore(n => n.IsPending);
        b.HasIndex(n => new { n.RecipientAgency, n.Status, n.SentAt });
        b.HasIndex(n => new { n.SenderAgency, n.Status, n.SentAt });
        // The pending slice of a box, newest first: two statuses cannot be read in one index order from
        // (agency, status, sent), so without these PostgreSQL sorts every pending oficio of the agency per page.
        b.HasIndex(n => new { n.RecipientAgency, n.SentAt, n.Id }).HasDatabaseName("IX_notice_notices_pending_inbox")
            .HasFilter("\"Status\" IN ('Sent', 'Received')");
        b.HasIndex(n => new { n.SenderAgency, n.SentAt, n.Id }).HasDatabaseName("IX_notice_notices_pending_outbox")
            .HasFilter("\"Status\" IN ('Sent', 'Received')");
        b.HasIndex(n => n.PersonId);
        b.HasIndex(n => new { n.CaseType, n.CaseId });
        b.HasOne<Agencies.Agency>().WithMany().HasForeignKey(n => n.SenderAgency).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Agencies.Agency>().WithMany().HasForeignKey(n => n.RecipientAgency).OnDelete(DeleteBehavior.Restrict);
    }
}

/// <summary>Field lengths shared by the entity mapping and the validators.</summary>
public static class NoticeLimits
{
    public const int Folio = 64;
    public const int Type = 64;
    public const int Subject = 300;
    public const int Body = 20_000;
    public const int LegalBasis = 500;
    public const int LinkPath = 300;
    public const int LinkLabel = 200;
}
