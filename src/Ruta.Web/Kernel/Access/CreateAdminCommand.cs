using Microsoft.AspNetCore.Identity;
using Ruta.Web.Kernel.Persistence;

namespace Ruta.Web.Kernel.Access;

/// <summary>
/// `ruta create-admin --user NAME [--agency CODE] [--name "Full name"]`: creates the first
/// administrator of a real deployment. The password is read from standard input, never from the
/// command line (which other users of the machine can see).
/// </summary>
internal static class CreateAdminCommand
{
    public static async Task<int> RunAsync(IServiceProvider root, string[] args, TextReader input, TextWriter output)
    {
        string? userName = null, agency = AgencyCodes.Administration, displayName = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--user" when i + 1 < args.Length: userName = args[++i].Trim().ToLowerInvariant(); break;
                case "--agency" when i + 1 < args.Length: agency = args[++i].Trim().ToUpperInvariant(); break;
                case "--name" when i + 1 < args.Length: displayName = args[++i].Trim(); break;
                default:
                    await output.WriteLineAsync($"Argumento no reconocido: {args[i]}");
                    return 2;
            }
        }

        if (string.IsNullOrWhiteSpace(userName))
        {
            await output.WriteLineAsync("Uso: create-admin --user NOMBRE [--agency CODIGO] [--name \"Nombre completo\"] (contraseña por la entrada estándar)");
            return 2;
        }

        if (!AgencyCodes.All.Contains(agency))
        {
            await output.WriteLineAsync($"Agencia desconocida: {agency}. Use una de: {string.Join(", ", AgencyCodes.All)}");
            return 2;
        }

        await output.WriteLineAsync($"Contraseña para {userName} (se lee de la entrada estándar):");
        var password = (await input.ReadLineAsync())?.TrimEnd('\r', '\n');
        if (string.IsNullOrEmpty(password))
        {
            await output.WriteLineAsync("No se recibió contraseña.");
            return 2;
        }

        await using var scope = root.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole<Guid>>>();
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole<Guid>(role) { Id = Guid.CreateVersion7() });
            }
        }

        var users = scope.ServiceProvider.GetRequiredService<UserManager<RutaUser>>();
        var db = scope.ServiceProvider.GetRequiredService<RutaDbContext>();
        if (await users.FindByNameAsync(userName) is not null)
        {
            await output.WriteLineAsync($"El usuario {userName} ya existe; no se cambió nada.");
            return 1;
        }

        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        var user = new RutaUser
        {
            Id = Guid.CreateVersion7(),
            UserName = userName,
            AgencyCode = agency,
            DisplayName = displayName ?? userName,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            LockoutEnabled = true,
        };
        // One transaction: an account without its administrator role must never be left behind.
        await using var transaction = await db.Database.BeginTransactionAsync();
        var created = await users.CreateAsync(user, password);
        if (created.Succeeded)
        {
            created = await users.AddToRoleAsync(user, Roles.Administrator);
        }

        if (!created.Succeeded)
        {
            foreach (var error in created.Errors)
            {
                await output.WriteLineAsync(error.Description);
            }

            return 1;
        }

        await transaction.CommitAsync();
        await output.WriteLineAsync($"Administrador {userName} creado en {agency}.");
        return 0;
    }
}

/// <summary>Command-line verbs that run instead of the web server.</summary>
public static class Commands
{
    public static int ExitCode { get; private set; }

    public static async Task<bool> TryRunAsync(WebApplication app, string[] args)
    {
        if (args.Length == 0)
        {
            return false;
        }

        switch (args[0])
        {
            case "create-admin":
                ExitCode = await CreateAdminCommand.RunAsync(app.Services, args[1..], Console.In, Console.Out);
                return true;
            case "generate":
                ExitCode = await Synthetic.GenerateCommand.RunAsync(app.Services, args[1..], Console.Out);
                return true;
            default:
                return false;
        }
    }
}
