using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Identity;
using Microsoft.IdentityModel.Tokens;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Kernel.Web;

namespace Ruta.Web.Kernel.Access;

public static class AccessSetup
{
    /// <summary>Picks the bearer token when the request carries one, the Identity cookie otherwise.</summary>
    public const string Scheme = "Ruta";

    public static IServiceCollection AddRutaAccess(this IServiceCollection services, IConfiguration configuration, string dataDirectory)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, HttpCurrentUser>();

        services.AddIdentity<RutaUser, IdentityRole<Guid>>(o =>
            {
                o.Password.RequiredLength = 12;
                o.Password.RequireDigit = true;
                o.Password.RequireLowercase = true;
                o.Password.RequireUppercase = true;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.User.RequireUniqueEmail = false;
                o.User.AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyz0123456789._-@";
                o.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<RutaDbContext>()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<RutaClaimsPrincipalFactory>()
            .AddSignInManager<RutaSignInManager>()
            .AddErrorDescriber<SpanishIdentityErrorDescriber>();

        // A browser session re-reads the account's security stamp every minute, so deactivating an
        // account or changing its roles ends its sessions within a minute (bearer tokens: at once).
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));

        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "ruta.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.LoginPath = "/Account/Login";
            o.LogoutPath = "/Account/Logout";
            o.AccessDeniedPath = "/Account/AccessDenied";
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            o.Events.OnRedirectToLogin = ctx => ApiAwareRedirect(ctx.HttpContext, ctx.RedirectUri, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = ctx => ApiAwareRedirect(ctx.HttpContext, ctx.RedirectUri, StatusCodes.Status403Forbidden);
        });

        var signingKey = SigningKeys.Load(configuration, dataDirectory);
        services.AddSingleton(signingKey);
        services.AddSingleton<TokenService>();

        services.AddAuthentication(o =>
            {
                o.DefaultScheme = Scheme;
                o.DefaultAuthenticateScheme = Scheme;
                o.DefaultChallengeScheme = Scheme;
                o.DefaultForbidScheme = Scheme;
            })
            .AddPolicyScheme(Scheme, "Cookie or bearer", o => o.ForwardDefaultSelector = ctx =>
                ctx.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? JwtBearerDefaults.AuthenticationScheme
                    : IdentityConstants.ApplicationScheme)
            .AddJwtBearer(o =>
            {
                o.MapInboundClaims = false;
                o.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = TokenService.Issuer,
                    ValidAudience = TokenService.Audience,
                    IssuerSigningKey = signingKey.Key,
                    ValidateIssuerSigningKey = true,
                    ClockSkew = TimeSpan.FromSeconds(30),
                    NameClaimType = ClaimTypes.Name,
                    RoleClaimType = ClaimTypes.Role,
                };
                o.Events = new JwtBearerEvents
                {
                    OnTokenValidated = TokenService.RejectRevokedAsync,
                    OnChallenge = async ctx =>
                    {
                        ctx.HandleResponse();
                        await Problems.WriteAsync(ctx.HttpContext, StatusCodes.Status401Unauthorized,
                            "Se requiere autenticación", "Envíe un token válido en el encabezado Authorization: Bearer.");
                    },
                    OnForbidden = ctx => Problems.WriteAsync(ctx.HttpContext, StatusCodes.Status403Forbidden,
                        "Acceso denegado", "Su agencia o rol no tiene permiso para esta operación."),
                };
            });

        // Token lifetimes are judged by the application's clock (tests move it; production uses the system clock).
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme).Configure<TimeProvider>((o, clock) =>
        {
            o.TimeProvider = clock;
            o.TokenValidationParameters.LifetimeValidator = (notBefore, expires, _, parameters) =>
            {
                var now = clock.GetUtcNow().UtcDateTime;
                return (notBefore is null || notBefore.Value <= now + parameters.ClockSkew)
                    && (expires is null || expires.Value >= now - parameters.ClockSkew);
            };
        });

        services.AddAuthorization(Policies.Register);

        // Account administration and the user's own account page. No self-registration page exists.
        // PostConfigure: AddRazorPages' own setup replaces the convention collection, dropping anything configured earlier.
        services.PostConfigure<Microsoft.AspNetCore.Mvc.RazorPages.RazorPagesOptions>(o =>
            o.Conventions.AuthorizeFolder("/Admin/Users", Policies.UsersManage));
        services.AddSingleton(new NavItem("Usuarios", "/Admin/Users", Policies.UsersManage, 90));
        services.AddSingleton(new NavItem("Mi cuenta", "/Account/Manage", Policies.Authenticated, 99));
        return services;
    }

    private static Task ApiAwareRedirect(HttpContext http, string redirectUri, int status)
    {
        if (http.Request.Path.StartsWithSegments("/api"))
        {
            return status == StatusCodes.Status401Unauthorized
                ? Problems.WriteAsync(http, status, "Se requiere autenticación", "Inicie sesión o envíe un token Bearer.")
                : Problems.WriteAsync(http, status, "Acceso denegado", "Su agencia o rol no tiene permiso para esta operación.");
        }

        http.Response.Redirect(redirectUri);
        return Task.CompletedTask;
    }
}

/// <summary>The key that signs API tokens (and, later, document verification codes).</summary>
public sealed class SigningKeys(SymmetricSecurityKey key, byte[] raw)
{
    public SymmetricSecurityKey Key { get; } = key;
    internal byte[] Raw { get; } = raw;

    /// <summary>
    /// Reads Auth:SigningKey (base64, at least 32 bytes) or else a key file kept in the data
    /// directory, created once with owner-only permissions.
    /// </summary>
    public static SigningKeys Load(IConfiguration configuration, string dataDirectory)
    {
        var configured = configuration["Auth:SigningKey"];
        byte[] raw;
        if (!string.IsNullOrWhiteSpace(configured))
        {
            raw = Convert.FromBase64String(configured);
        }
        else
        {
            var path = Path.Combine(dataDirectory, "signing.key");
            if (File.Exists(path))
            {
                raw = Convert.FromBase64String(File.ReadAllText(path).Trim());
            }
            else
            {
                Directory.CreateDirectory(dataDirectory);
                raw = System.Security.Cryptography.RandomNumberGenerator.GetBytes(64);
                File.WriteAllText(path, Convert.ToBase64String(raw));
                if (!OperatingSystem.IsWindows())
                {
                    File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
                }
            }
        }

        if (raw.Length < 32)
        {
            throw new InvalidOperationException("Auth:SigningKey must be at least 32 bytes (base64).");
        }

        return new SigningKeys(new SymmetricSecurityKey(raw), raw);
    }
}

internal sealed class RutaClaimsPrincipalFactory(
    UserManager<RutaUser> userManager,
    RoleManager<IdentityRole<Guid>> roleManager,
    Microsoft.Extensions.Options.IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<RutaUser, IdentityRole<Guid>>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(RutaUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(RutaClaims.Agency, user.AgencyCode));
        if (user.OfficeId is { } office)
        {
            identity.AddClaim(new Claim(RutaClaims.Office, office.ToString()));
        }

        return identity;
    }
}

/// <summary>Identity's sign-in rules plus one of Ruta's: a deactivated account cannot sign in by any path.</summary>
internal sealed class RutaSignInManager(
    UserManager<RutaUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<RutaUser> claimsFactory,
    Microsoft.Extensions.Options.IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<RutaUser>> logger,
    Microsoft.AspNetCore.Authentication.IAuthenticationSchemeProvider schemes,
    IUserConfirmation<RutaUser> confirmation)
    : SignInManager<RutaUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(RutaUser user) => user.IsActive && await base.CanSignInAsync(user);
}
