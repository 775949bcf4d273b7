using System.Globalization;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore;
using Ruta.Web.Kernel.Documents;
using Ruta.Web.Kernel.Persistence;

namespace Ruta.Web.Modules.Asylum.Domain;

/// <summary>
/// The applicant's key to the public status page of their claim: only a salted, slow hash of the
/// secret is kept (the secret is shown once, to the officer who files or reissues it, and printed on
/// the applicant's access sheet). Reissuing replaces the hash, so the old secret stops working.
/// </summary>
public sealed class AsylumStatusAccess : IVersioned
{
    private AsylumStatusAccess() { }

    public Guid ClaimId { get; private set; }

    /// <summary>See <see cref="AsylumStatusSecrets.Hash"/>. Named so the audit trail never copies it (AuditingInterceptor).</summary>
    public string SecretHash { get; private set; } = "";

    public DateTime IssuedAt { get; private set; }
    public Guid? IssuedByUserId { get; private set; }

    /// <summary>1 at filing; each reissue adds one.</summary>
    public int IssueCount { get; private set; }

    public int Version { get; set; }

    /// <summary>A new access for a claim, and the secret to show once (grouped, "7KQ2M-X9D4P").</summary>
    public static (AsylumStatusAccess Access, string Secret) Issue(Guid claimId, AsylumActor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var access = new AsylumStatusAccess { ClaimId = claimId, Version = 1 };
        return (access, access.Replace(actor));
    }

    /// <summary>A new secret; the previous one no longer opens the status page.</summary>
    public string Reissue(AsylumActor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return Replace(actor);
    }

    private string Replace(AsylumActor actor)
    {
        var secret = AsylumStatusSecrets.NewSecret();
        SecretHash = AsylumStatusSecrets.Hash(secret);
        IssuedAt = actor.Now;
        IssuedByUserId = actor.UserId;
        IssueCount++;
        return AsylumStatusSecrets.Grouped(secret);
    }
}

internal sealed class AsylumStatusAccessConfiguration : IEntityTypeConfiguration<AsylumStatusAccess>
{
    public void Configure(EntityTypeBuilder<AsylumStatusAccess> b)
    {
        b.ToTable("asylum_status_access");
        b.HasKey(a => a.ClaimId);
        b.Property(a => a.ClaimId).ValueGeneratedNever();
        b.Property(a => a.SecretHash).HasMaxLength(200).IsRequired();
        b.Property(a => a.Version).IsConcurrencyToken();
        b.HasOne<AsylumClaim>().WithOne().HasForeignKey<AsylumStatusAccess>(a => a.ClaimId).OnDelete(DeleteBehavior.Cascade);
    }
}

/// <summary>
/// Secrets of the public status page: 10 characters of Crockford's base32 (50 random bits), shown in
/// two groups of five. Typing forgives case, spaces, dashes and the letters O, I and L (read as 0, 1, 1).
/// Stored as PBKDF2-HMAC-SHA256 with a per-secret 16-byte salt; compared in constant time. With 50 bits
/// and at most a few guesses per quarter hour per case (see CheckAsylumStatus), guessing online is
/// hopeless. The iteration count is set for a random 50-bit secret, not for a person's password:
/// 10,000 iterations make one stolen hash cost about 2^49 × 10^4 PBKDF2 rounds to search (decades on a
/// current GPU), while a thief of the table already holds everything the status page would show. More
/// would buy nothing and cost twice: every filing hashes once (100,000 iterations were ~31 ms of CPU,
/// most of a filing, docs/benchmarks.md), and every wrong guess on the public, anonymous page spends a
/// verification. Stored hashes carry their own count, so older ones still verify.
/// </summary>
public static class AsylumStatusSecrets
{
    public const int Length = 10;
    public const string Alphabet = CrockfordBase32.Alphabet;
    public const int Iterations = 10_000;
    private const string Scheme = "pbkdf2-sha256";
    private static readonly byte[] DummySalt = RandomNumberGenerator.GetBytes(16);

    public static string NewSecret() => RandomNumberGenerator.GetString(Alphabet, Length);

    /// <summary>"7KQ2MX9D4P" → "7KQ2M-X9D4P".</summary>
    public static string Grouped(string secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        return secret.Length == Length ? secret[..5] + "-" + secret[5..] : secret;
    }

    /// <summary>The 10 characters of what a person typed, or null when it cannot be a secret.</summary>
    public static string? Normalize(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed) || typed.Length > 40)
        {
            return null;
        }

        var chars = typed.Where(c => !char.IsWhiteSpace(c) && c is not ('-' or '‐' or '‑' or '–' or '—' or '_' or '.'))
            .Select(CrockfordBase32.Fold)
            .ToArray();
        return chars.Length == Length && chars.All(c => Alphabet.Contains(c, StringComparison.Ordinal)) ? new string(chars) : null;
    }

    /// <summary>"pbkdf2-sha256$iterations$salt$hash" (base64) of a normalized secret.</summary>
    public static string Hash(string secret)
    {
        var normalized = Normalize(secret) ?? throw new ArgumentException("Not a secret.", nameof(secret));
        var salt = RandomNumberGenerator.GetBytes(16);
        var hash = Derive(normalized, salt, Iterations);
        return string.Join('$', Scheme, Iterations.ToString(CultureInfo.InvariantCulture), Convert.ToBase64String(salt), Convert.ToBase64String(hash));
    }

    /// <summary>Whether <paramref name="normalized"/> is the secret of <paramref name="stored"/>; constant time.</summary>
    public static bool Verify(string stored, string normalized)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var parts = stored.Split('$');
        if (parts.Length != 4 || parts[0] != Scheme
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var iterations) || iterations < 1)
        {
            return false;
        }

        var expected = Convert.FromBase64String(parts[3]);
        var actual = Derive(normalized, Convert.FromBase64String(parts[2]), iterations);
        return CryptographicOperations.FixedTimeEquals(expected, actual);
    }

    /// <summary>Spends the time of a verification when there is nothing to verify, so that timing does not tell whether a case exists.</summary>
    public static bool Burn(string normalized)
    {
        _ = Derive(normalized, DummySalt, Iterations);
        return false;
    }

    private static byte[] Derive(string normalized, byte[] salt, int iterations) =>
        Rfc2898DeriveBytes.Pbkdf2(normalized, salt, iterations, HashAlgorithmName.SHA256, 32);
}
