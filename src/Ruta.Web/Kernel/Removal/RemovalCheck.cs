using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ruta.Web.Kernel.Persons;

namespace Ruta.Web.Kernel.Removal;

/// <summary>
/// One answer of the removal guard, kept for ever: who asked whether a person could be sent out of
/// Mexico by which kind of removal on which date, and what the guard said with every reason. A
/// <see cref="RemovalRecord"/> can only point to an allowed check (enforced by the database).
/// </summary>
public sealed class RemovalCheck
{
    private RemovalCheck() { }

    public RemovalCheck(Guid personId, RemovalKind kind, DateOnly onDate, IReadOnlyList<RemovalBlock> blocks,
        Guid? askedByUserId, string? askedByUserName, string? askedByAgency, DateTime checkedAt)
    {
        Id = Guid.CreateVersion7();
        PersonId = personId;
        Kind = kind;
        OnDate = onDate;
        Allowed = blocks.Count == 0;
        BlocksJson = JsonSerializer.Serialize(blocks, RemovalJson.Options);
        AskedByUserId = askedByUserId;
        AskedByUserName = askedByUserName;
        AskedByAgency = askedByAgency;
        CheckedAt = checkedAt;
    }

    public Guid Id { get; private set; }
    public Guid PersonId { get; private set; }
    public RemovalKind Kind { get; private set; }

    /// <summary>The date the removal would happen; the rules are evaluated on it (a child may turn 18 before).</summary>
    public DateOnly OnDate { get; private set; }
    public bool Allowed { get; private set; }

    /// <summary>The blocks as JSON (camelCase <see cref="RemovalBlock"/> array); "[]" when allowed.</summary>
    public string BlocksJson { get; private set; } = "[]";
    public Guid? AskedByUserId { get; private set; }
    public string? AskedByUserName { get; private set; }
    public string? AskedByAgency { get; private set; }
    public DateTime CheckedAt { get; private set; }

    public IReadOnlyList<RemovalBlock> ReadBlocks() =>
        JsonSerializer.Deserialize<RemovalBlock[]>(BlocksJson, RemovalJson.Options) ?? [];
}

internal static class RemovalJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false) },
    };
}

internal sealed class RemovalCheckConfiguration : IEntityTypeConfiguration<RemovalCheck>
{
    public void Configure(EntityTypeBuilder<RemovalCheck> b)
    {
        b.ToTable("removal_checks");
        b.HasKey(c => c.Id);
        b.Property(c => c.Kind).HasConversion<string>().HasMaxLength(32);
        b.Property(c => c.BlocksJson).IsRequired();
        b.Property(c => c.AskedByUserName).HasMaxLength(256);
        b.Property(c => c.AskedByAgency).HasMaxLength(32);
        b.HasOne<Person>().WithMany().HasForeignKey(c => c.PersonId).OnDelete(DeleteBehavior.Restrict);

        // The target of RemovalRecord's composite foreign key: a removal must name a check of the same
        // person, kind and date that was allowed. Unique anyway (it contains the primary key).
        b.HasAlternateKey(c => new { c.Id, c.PersonId, c.Kind, c.OnDate, c.Allowed });
        b.HasIndex(c => new { c.PersonId, c.CheckedAt });
    }
}
