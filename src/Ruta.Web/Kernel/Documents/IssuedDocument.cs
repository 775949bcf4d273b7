using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ruta.Web.Kernel.Domain;
using Ruta.Web.Kernel.Persistence;

namespace Ruta.Web.Kernel.Documents;

/// <summary>
/// A document an agency issues to a person through Ruta: the constancia de trámite of an asylum
/// claim, a TVRH, a residence card, an exit permit or order. Once issued its content never changes;
/// it only ends, by revocation or by replacement (a renewal is a replacement). Expiry is not a
/// stored state: it follows from <see cref="ValidUntil"/> and today's date in Mexico City.
/// Anyone holding the printed document can check it at /verificar/{<see cref="VerificationCode"/>}.
/// </summary>
public sealed class IssuedDocument : IVersioned
{
    private IssuedDocument() { }

    internal IssuedDocument(Guid id, DocumentType type, string number, Guid holderPersonId, string issuingAgency,
        Guid? issuingOfficeId, string? caseType, Guid? caseId, DateOnly validFrom, DateOnly? validUntil, string? description,
        DateTime issuedAt, Guid? issuedByUserId, string issuedByName, string verificationCode, Guid? replacesId)
    {
        Id = id;
        Type = type;
        Number = number;
        HolderPersonId = holderPersonId;
        IssuingAgency = issuingAgency;
        IssuingOfficeId = issuingOfficeId;
        CaseType = caseType;
        CaseId = caseId;
        ValidFrom = validFrom;
        ValidUntil = validUntil;
        Description = description;
        IssuedAt = issuedAt;
        IssuedByUserId = issuedByUserId;
        IssuedByName = issuedByName;
        VerificationCode = verificationCode;
        ReplacesId = replacesId;
        Status = DocumentStatus.Valid;
    }

    public Guid Id { get; private set; }
    public DocumentType Type { get; private set; }

    /// <summary>Type, issuing agency, year and sequence, e.g. TVRH-INM-2026-000042. Unique; never reused.</summary>
    public string Number { get; private set; } = "";

    /// <summary>The person the document is issued to.</summary>
    public Guid HolderPersonId { get; private set; }
    public string IssuingAgency { get; private set; } = "";
    public Guid? IssuingOfficeId { get; private set; }

    /// <summary>The case that caused it (e.g. "AsylumClaim" + id). Decides who may see it: see <see cref="DocumentAccess"/>.</summary>
    public string? CaseType { get; private set; }
    public Guid? CaseId { get; private set; }

    /// <summary>First day of validity (Mexico City date).</summary>
    public DateOnly ValidFrom { get; private set; }

    /// <summary>Last day of validity, inclusive; null for documents without an end (permanent residence).</summary>
    public DateOnly? ValidUntil { get; private set; }

    /// <summary>Optional text printed on the document (e.g. the humanitarian ground of a TVRH). Never shown by verification.</summary>
    public string? Description { get; private set; }

    public DateTime IssuedAt { get; private set; }

    /// <summary>Null when the system issued it.</summary>
    public Guid? IssuedByUserId { get; private set; }

    /// <summary>The issuing officer's name, copied when issued so the printout reads the same forever.</summary>
    public string IssuedByName { get; private set; } = "";

    /// <summary>The code of the public verification page and the QR: the id plus an HMAC tag, see <see cref="DocumentVerificationCodes"/>.</summary>
    public string VerificationCode { get; private set; } = "";

    /// <summary>Stored status; <see cref="ValidityOn"/> adds the derived expiry.</summary>
    public DocumentStatus Status { get; private set; }

    public DateTime? RevokedAt { get; private set; }
    public DateTime? ReplacedAt { get; private set; }

    /// <summary>Why it was revoked or replaced.</summary>
    public string? StatusReason { get; private set; }
    public Guid? StatusChangedByUserId { get; private set; }

    /// <summary>The document that replaced this one.</summary>
    public Guid? ReplacedById { get; private set; }

    /// <summary>The document this one replaced (renewals point to the card they renew).</summary>
    public Guid? ReplacesId { get; private set; }

    public int Version { get; set; }

    /// <summary>The issuing agency withdraws the document. Only a valid document can be revoked.</summary>
    public void Revoke(DateTime now, Guid? userId, string reason)
    {
        Status = DocumentTransitions.Next(Status, DocumentTrigger.Revoke);
        RevokedAt = now;
        StatusReason = reason;
        StatusChangedByUserId = userId;
    }

    /// <summary>A new document takes this one's place (renewal, correction, change of type).</summary>
    public void ReplaceWith(IssuedDocument replacement, DateTime now, Guid? userId, string reason)
    {
        Status = DocumentTransitions.Next(Status, DocumentTrigger.Replace);
        ReplacedAt = now;
        ReplacedById = replacement.Id;
        StatusReason = reason;
        StatusChangedByUserId = userId;
    }

    /// <summary>What the document is worth on <paramref name="today"/> (Mexico City date).</summary>
    public DocumentValidity ValidityOn(DateOnly today) => Validity(Status, ValidFrom, ValidUntil, today);

    /// <summary>The same for read models that hold no entity.</summary>
    public static DocumentValidity Validity(DocumentStatus status, DateOnly validFrom, DateOnly? validUntil, DateOnly today) => status switch
    {
        DocumentStatus.Revoked => DocumentValidity.Revoked,
        DocumentStatus.Replaced => DocumentValidity.Replaced,
        _ when today < validFrom => DocumentValidity.NotYetValid,
        _ when validUntil is { } until && today > until => DocumentValidity.Expired,
        _ => DocumentValidity.Valid,
    };
}

/// <summary>What Ruta issues. Stored as text.</summary>
public enum DocumentType
{
    /// <summary>Constancia de trámite of an asylum claim (COMAR).</summary>
    AsylumApplicationCertificate,

    /// <summary>Tarjeta de Visitante por Razones Humanitarias, TVRH (INM).</summary>
    HumanitarianVisitorCard,

    /// <summary>Tarjeta de Residente Permanente, TRP (INM).</summary>
    PermanentResidentCard,

    /// <summary>Tarjeta de Residente Temporal, TRT (INM).</summary>
    TemporaryResidentCard,

    /// <summary>Oficio de salida de la estación migratoria con fines de regularización (INM).</summary>
    StationExitPermit,

    /// <summary>Oficio (orden) de salida del territorio (INM).</summary>
    DepartureOrder,

    /// <summary>Any other document; its description says what it is.</summary>
    Other,
}

/// <summary>The stored status: issued and standing, or ended by revocation or replacement.</summary>
public enum DocumentStatus { Valid, Revoked, Replaced }

public enum DocumentTrigger { Revoke, Replace }

/// <summary>The status as a reader needs it: the stored one plus dates (expired, not yet valid).</summary>
public enum DocumentValidity { Valid, NotYetValid, Expired, Revoked, Replaced }

/// <summary>The one table of legal moves of a document's status; anything else throws.</summary>
public static class DocumentTransitions
{
    public static readonly IReadOnlyDictionary<(DocumentStatus, DocumentTrigger), DocumentStatus> Table =
        new Dictionary<(DocumentStatus, DocumentTrigger), DocumentStatus>
        {
            [(DocumentStatus.Valid, DocumentTrigger.Revoke)] = DocumentStatus.Revoked,
            [(DocumentStatus.Valid, DocumentTrigger.Replace)] = DocumentStatus.Replaced,
        };

    public static bool Can(DocumentStatus status, DocumentTrigger trigger) => Table.ContainsKey((status, trigger));

    public static DocumentStatus Next(DocumentStatus status, DocumentTrigger trigger) =>
        Table.TryGetValue((status, trigger), out var next)
            ? next
            : throw new IllegalTransitionException("Documento", StatusName(status), TriggerName(trigger));

    /// <summary>Spanish name of a stored status, as named in 409 problems.</summary>
    public static string StatusName(DocumentStatus status) => status switch
    {
        DocumentStatus.Valid => "vigente",
        DocumentStatus.Revoked => "revocado",
        DocumentStatus.Replaced => "reemplazado",
        _ => status.ToString(),
    };

    private static string TriggerName(DocumentTrigger trigger) => trigger switch
    {
        DocumentTrigger.Revoke => "revocar",
        DocumentTrigger.Replace => "reemplazar",
        _ => trigger.ToString(),
    };
}

/// <summary>Field lengths shared by the mapping and the checks.</summary>
public static class DocumentLimits
{
    public const int Number = 64;
    public const int CaseType = 64;
    public const int Description = 500;
    public const int Reason = 1000;
    public const int VerificationCode = 64;
}

internal sealed class IssuedDocumentConfiguration : IEntityTypeConfiguration<IssuedDocument>
{
    public void Configure(EntityTypeBuilder<IssuedDocument> b)
    {
        b.ToTable("doc_documents");
        b.HasKey(d => d.Id);
        b.Property(d => d.Id).ValueGeneratedNever();
        b.Property(d => d.Type).HasConversion<string>().HasMaxLength(48);
        b.Property(d => d.Number).HasMaxLength(DocumentLimits.Number).IsRequired();
        b.HasIndex(d => d.Number).IsUnique();
        b.Property(d => d.IssuingAgency).HasMaxLength(32).IsRequired();
        b.Property(d => d.CaseType).HasMaxLength(DocumentLimits.CaseType);
        b.Property(d => d.Description).HasMaxLength(DocumentLimits.Description);
        b.Property(d => d.IssuedByName).HasMaxLength(256).IsRequired();
        b.Property(d => d.VerificationCode).HasMaxLength(DocumentLimits.VerificationCode).IsRequired();
        b.HasIndex(d => d.VerificationCode).IsUnique();
        b.Property(d => d.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(d => d.StatusReason).HasMaxLength(DocumentLimits.Reason);
        b.Property(d => d.Version).IsConcurrencyToken();
        b.HasIndex(d => d.HolderPersonId);
        b.HasIndex(d => new { d.CaseType, d.CaseId });
        b.HasOne<Persons.Person>().WithMany().HasForeignKey(d => d.HolderPersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Agencies.Agency>().WithMany().HasForeignKey(d => d.IssuingAgency).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Agencies.Office>().WithMany().HasForeignKey(d => d.IssuingOfficeId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<IssuedDocument>().WithMany().HasForeignKey(d => d.ReplacedById).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<IssuedDocument>().WithMany().HasForeignKey(d => d.ReplacesId).OnDelete(DeleteBehavior.Restrict);
    }
}
