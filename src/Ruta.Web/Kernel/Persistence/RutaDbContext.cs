using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Ruta.Web.Kernel.Access;

namespace Ruta.Web.Kernel.Persistence;

/// <summary>
/// The one database context of Ruta. Modules add their entities through
/// <see cref="IEntityTypeConfiguration{TEntity}"/> classes placed beside each entity; they are
/// discovered from this assembly, so adding a module never edits this file.
/// Provider-specific subclasses exist only so that each provider keeps its own migrations.
/// </summary>
public abstract class RutaDbContext(DbContextOptions options)
    : IdentityDbContext<RutaUser, IdentityRole<Guid>, Guid>(options)
{
    /// <summary>True on PostgreSQL; lets a few queries use provider-native functions.</summary>
    public bool IsPostgres => Database.ProviderName == "Npgsql.EntityFrameworkCore.PostgreSQL";

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(RutaDbContext).Assembly);
        builder.Entity<RutaUser>().ToTable("access_users");
        builder.Entity<IdentityRole<Guid>>().ToTable("access_roles");
        builder.Entity<IdentityUserRole<Guid>>().ToTable("access_user_roles");
        builder.Entity<IdentityUserClaim<Guid>>().ToTable("access_user_claims");
        builder.Entity<IdentityUserLogin<Guid>>().ToTable("access_user_logins");
        builder.Entity<IdentityUserToken<Guid>>().ToTable("access_user_tokens");
        builder.Entity<IdentityRoleClaim<Guid>>().ToTable("access_role_claims");
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every timestamp is UTC; SQLite returns DateTime with Kind=Unspecified, so it is restored here.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<NullableUtcDateTimeConverter>();
    }
}

/// <summary>SQLite flavour: keeps the SQLite migrations apart.</summary>
public sealed class SqliteRutaDbContext(DbContextOptions<SqliteRutaDbContext> options) : RutaDbContext(options);

/// <summary>PostgreSQL flavour: keeps the PostgreSQL migrations apart.</summary>
public sealed class PostgresRutaDbContext(DbContextOptions<PostgresRutaDbContext> options) : RutaDbContext(options);
