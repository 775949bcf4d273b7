using Microsoft.AspNetCore.Identity;
using Ruta.Web.Kernel.Web;

namespace Ruta.Web.Kernel.Access;

/// <summary>POST /api/v1/auth/token: exchanges a user's credentials for a bearer token.</summary>
public static class IssueToken
{
    public sealed record Request(string? UserName, string? Password, string? TotpCode);

    public sealed record Response(string AccessToken, int ExpiresIn, string TokenType = "Bearer");

    public static RouteGroupBuilder MapAuthApi(this RouteGroupBuilder api)
    {
        api.MapPost("/auth/token", HandleAsync).AllowAnonymous().WithTags("Auth").WithName("IssueToken")
            .Produces<Response>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized);
        return api;
    }

    public static async Task<IResult> HandleAsync(Request request, UserManager<RutaUser> users,
        SignInManager<RutaUser> signIn, TokenService tokens)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.UserName))
        {
            errors["userName"] = ["El usuario es obligatorio."];
        }

        if (string.IsNullOrEmpty(request.Password))
        {
            errors["password"] = ["La contraseña es obligatoria."];
        }

        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors, title: "La solicitud tiene datos inválidos");
        }

        var user = await users.FindByNameAsync(request.UserName!.Trim());
        if (user is null || !user.IsActive)
        {
            return Unauthorized();
        }

        var check = await signIn.CheckPasswordSignInAsync(user, request.Password!, lockoutOnFailure: true);
        if (check.IsLockedOut)
        {
            return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Cuenta bloqueada",
                detail: "Demasiados intentos fallidos; la cuenta está bloqueada temporalmente.");
        }

        if (!check.Succeeded)
        {
            return Unauthorized();
        }

        if (await users.GetTwoFactorEnabledAsync(user))
        {
            var code = (request.TotpCode ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
            if (code.Length == 0)
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["totpCode"] = ["Esta cuenta exige el código de su aplicación autenticadora."] },
                    title: "Falta el segundo factor");
            }

            if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
            {
                await users.AccessFailedAsync(user);
                return Unauthorized();
            }
        }

        var roles = await users.GetRolesAsync(user);
        var (token, expiresIn) = tokens.Issue(user, roles);
        return Results.Ok(new Response(token, expiresIn));
    }

    private static IResult Unauthorized() =>
        Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Credenciales inválidas",
            detail: "El usuario o la contraseña no son correctos.");
}
