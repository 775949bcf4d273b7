using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.Persistence;

namespace Ruta.Web.Kernel.Audit;

/// <summary>
/// Adds an <see cref="AuditEntry"/> for every created, updated or deleted entity to the very
/// SaveChanges that writes the change, so the change and its audit line commit or fail together.
/// It also refuses any attempt to modify or delete an audit entry.
/// </summary>
public sealed class AuditingInterceptor(ICurrentUser currentUser, TimeProvider clock) : SaveChangesInterceptor
{
    /// <summary>Values that are secrets, not facts: never copied into the trail.</summary>
    private static readonly HashSet<string> Redacted =
        ["PasswordHash", "SecurityStamp", "ConcurrencyStamp", "SecretHash", "TokenHash"];

    /// <summary>
    /// Identity keeps the authenticator's shared key and the recovery codes in clear in the user-token
    /// table's Value column; a copy in the trail would let any auditor generate the user's codes.
    /// </summary>
    private static bool IsSecret(EntityEntry entry, string property) =>
        Redacted.Contains(property)
        || (property == nameof(IdentityUserToken<Guid>.Value) && entry.Entity is IdentityUserToken<Guid>);

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        AddEntries(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        AddEntries(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void AddEntries(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var pending = new List<AuditEntry>();
        foreach (var entry in context.ChangeTracker.Entries().ToList())
        {
            if (entry.Entity is AuditEntry)
            {
                if (entry.State is EntityState.Modified or EntityState.Deleted)
                {
                    throw new InvalidOperationException("Audit entries are append-only.");
                }

                continue;
            }

            if (entry.Entity is IVersioned versioned && entry.State == EntityState.Modified)
            {
                versioned.Version++;
            }

            var action = entry.State switch
            {
                EntityState.Added => AuditActions.Create,
                EntityState.Modified => AuditActions.Update,
                EntityState.Deleted => AuditActions.Delete,
                _ => null,
            };
            if (action is null || entry.Metadata.IsOwned())
            {
                continue;
            }

            var before = entry.State == EntityState.Added ? null : Serialize(entry, original: true);
            var after = entry.State == EntityState.Deleted ? null : Serialize(entry, original: false);
            if (action == AuditActions.Update && before == after)
            {
                continue;
            }

            pending.Add(new AuditEntry(now, currentUser.UserId, currentUser.UserName, currentUser.AgencyCode, action,
                entry.Metadata.ShortName(), KeyOf(entry), before, after,
                correlationId: Activity.Current?.TraceId.ToString()));
        }

        context.AddRange(pending);
    }

    private static string KeyOf(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey();
        if (key is null)
        {
            return "";
        }

        return string.Join("|", key.Properties.Select(p => Convert.ToString(entry.Property(p.Name).CurrentValue,
            System.Globalization.CultureInfo.InvariantCulture)));
    }

    private static string Serialize(EntityEntry entry, bool original)
    {
        var values = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in entry.Properties)
        {
            var name = property.Metadata.Name;
            values[name] = IsSecret(entry, name) ? "***" : original ? property.OriginalValue : property.CurrentValue;
        }

        foreach (var reference in entry.References.Where(r => r.Metadata.TargetEntityType.IsOwned()))
        {
            values[reference.Metadata.Name] = reference.CurrentValue;
        }

        return JsonSerializer.Serialize(values, AuditJson.Options);
    }
}

internal static class AuditJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = false,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        ReferenceHandler = System.Text.Json.Serialization.ReferenceHandler.IgnoreCycles,
        MaxDepth = 8,
        // Enums read as their names ("Open", "Acknowledged"), as they are stored, not as numbers.
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };
}
