using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Ruta.Web.Kernel.Persistence;

namespace Ruta.Web.Kernel.Access;

/// <summary>A module's demo records (persons, cases), seeded after the demo users exist.</summary>
public interface IDemoDataContributor
{
    /// <summary>Lower runs first.</summary>
    int Order { get; }

    Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken);
}

/// <summary>
/// Demo users (one per agency and role, named agency.role) and the modules' demo records.
/// Only when Ruta:DemoData is true, and never in the Production environment whatever it says.
/// </summary>
public static class DemoData
{
    public const string Password = "Ruta-Demo-2026";

    public static bool IsEnabled(IHostEnvironment environment, IConfiguration configuration) =>
        !environment.IsProduction() && configuration.GetValue("Ruta:DemoData", false);

    public static async Task SeedIfEnabledAsync(IServiceProvider services, IHostEnvironment environment, IConfiguration configuration)
    {
        if (!IsEnabled(environment, configuration))
        {
            return;
        }

        var created = await SeedUsersAsync(services);
        foreach (var contributor in services.GetServices<IDemoDataContributor>().OrderBy(c => c.Order))
        {
            await contributor.SeedAsync(services, CancellationToken.None);
        }

        if (configuration.GetValue("Ruta:PrintDemoLogins", true))
        {
            PrintLogins(created);
        }
    }

    public static IEnumerable<(string UserName, string Agency, string Role)> Logins() =>
        from agency in AgencyCodes.All
        from role in Roles.All
        select ($"{agency.ToLowerInvariant()}.{role}", agency, role);

    private static async Task<int> SeedUsersAsync(IServiceProvider services)
    {
        var roles = services.GetRequiredService<RoleManager<IdentityRole<Guid>>>();
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole<Guid>(role) { Id = Guid.CreateVersion7() });
            }
        }

        var users = services.GetRequiredService<UserManager<RutaUser>>();
        var db = services.GetRequiredService<RutaDbContext>();
        var clock = services.GetRequiredService<TimeProvider>();
        var existing = await db.Users.Select(u => u.UserName).ToListAsync();
        var known = existing.ToHashSet(StringComparer.Ordinal);
        // Hashing is deliberately slow; one hash serves every demo account (same demo password).
        string? hash = null;
        var created = 0;
        foreach (var (userName, agency, role) in Logins())
        {
            if (known.Contains(userName))
            {
                continue;
            }

            var user = new RutaUser
            {
                Id = Guid.CreateVersion7(),
                UserName = userName,
                AgencyCode = agency,
                DisplayName = $"Demo {agency} {role}",
                CreatedAt = clock.GetUtcNow().UtcDateTime,
                LockoutEnabled = true,
            };
            hash ??= users.PasswordHasher.HashPassword(user, Password);
            user.PasswordHash = hash;
            var result = await users.CreateAsync(user);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
            }

            await users.AddToRoleAsync(user, role);
            created++;
        }

        return created;
    }

    private static void PrintLogins(int created)
    {
        Console.WriteLine();
        Console.WriteLine("Ruta — datos de demostración / demo data" + (created > 0 ? $" ({created} usuarios creados)" : ""));
        Console.WriteLine($"Contraseña de todos los usuarios demo / demo password: {Password}");
        Console.WriteLine("Usuarios / logins (agencia.rol):");
        foreach (var agency in AgencyCodes.All)
        {
            Console.WriteLine("  " + string.Join("  ", Roles.All.Select(r => $"{agency.ToLowerInvariant()}.{r}")));
        }

        Console.WriteLine();
    }
}
