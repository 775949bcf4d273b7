using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Ruta.Web.Kernel.Access.Users;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Kernel.Web;

namespace Ruta.Web.Kernel.Access;

/// <summary>/api/v1/users: the same handlers as the pages under /Admin/Users.</summary>
public static class UsersApi
{
    public sealed record BrowseParameters(string? Agency, string? Search, int? Page, int? PageSize);

    public sealed record PasswordResetRequest(string? NewPassword);

    public static RouteGroupBuilder MapUsersApi(this RouteGroupBuilder api)
    {
        var users = api.MapGroup("/users").RequireAuthorization(Policies.UsersManage).WithTags("Users");
        users.MapGet("", BrowseAsync).WithName("BrowseUsers")
            .Produces<BrowseUsers.PageResult>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
        users.MapPost("", CreateAsync).WithName("CreateUser")
            .Produces<CreateUser.Created>(StatusCodes.Status201Created).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);
        users.MapGet("/{id:guid}", ShowAsync).WithName("ShowUser")
            .Produces<ShowUser.Details>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status403Forbidden);
        users.MapPut("/{id:guid}", ChangeAsync).WithName("ChangeUser")
            .Produces<ShowUser.Details>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status428PreconditionRequired);
        users.MapPost("/{id:guid}/unlock", UnlockAsync).WithName("UnlockUser")
            .Produces<ShowUser.Details>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status403Forbidden);
        users.MapPost("/{id:guid}/password-reset", ResetPasswordAsync).WithName("ResetUserPassword")
            .Produces<AccountActions.PasswordReset>().ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status403Forbidden);
        users.MapPost("/{id:guid}/two-factor-reset", ResetTwoFactorAsync).WithName("ResetUserTwoFactor")
            .Produces<ShowUser.Details>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status403Forbidden);
        return api;
    }

    private static async Task<IResult> BrowseAsync([AsParameters] BrowseParameters q, ClaimsPrincipal actor, RutaDbContext db,
        TimeProvider clock, CancellationToken ct) =>
        (await BrowseUsers.HandleAsync(new BrowseUsers.Query(q.Agency, q.Search, q.Page ?? 1, q.PageSize ?? 50), actor, db, clock, ct))
        .ToHttp(Results.Ok);

    private static async Task<IResult> CreateAsync(CreateUser.Request request, ClaimsPrincipal actor, RutaDbContext db,
        UserManager<RutaUser> userManager, TimeProvider clock, HttpContext http, CancellationToken ct) =>
        (await CreateUser.HandleAsync(request, actor, db, userManager, clock, ct)).ToHttp(created =>
        {
            StampETags.Set(http, created.User.ConcurrencyStamp);
            http.Response.Headers.CacheControl = "no-store"; // may carry a generated password
            return Results.Created($"/api/v1/users/{created.User.Id}", created);
        });

    private static async Task<IResult> ShowAsync(Guid id, ClaimsPrincipal actor, RutaDbContext db, TimeProvider clock,
        HttpContext http, CancellationToken ct) =>
        (await ShowUser.HandleAsync(id, actor, db, clock, ct)).ToHttp(details => Tagged(http, details));

    private static async Task<IResult> ChangeAsync(Guid id, ChangeUser.Request request, ClaimsPrincipal actor, RutaDbContext db,
        TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        if (StampETags.ReadIfMatch(http.Request) is not { } expected)
        {
            return Problems.PreconditionRequired();
        }

        return (await ChangeUser.HandleAsync(id, request, expected, actor, db, clock, ct)).ToHttp(details => Tagged(http, details));
    }

    private static async Task<IResult> UnlockAsync(Guid id, ClaimsPrincipal actor, RutaDbContext db, TimeProvider clock,
        HttpContext http, CancellationToken ct) =>
        (await AccountActions.UnlockAsync(id, actor, db, clock, ct)).ToHttp(details => Tagged(http, details));

    private static async Task<IResult> ResetPasswordAsync(Guid id, PasswordResetRequest? request, ClaimsPrincipal actor,
        RutaDbContext db, UserManager<RutaUser> userManager, TimeProvider clock, HttpContext http, CancellationToken ct) =>
        (await AccountActions.ResetPasswordAsync(id, request?.NewPassword, actor, db, userManager, clock, ct)).ToHttp(reset =>
        {
            StampETags.Set(http, reset.User.ConcurrencyStamp);
            http.Response.Headers.CacheControl = "no-store"; // may carry a generated password
            return Results.Ok(reset);
        });

    private static async Task<IResult> ResetTwoFactorAsync(Guid id, ClaimsPrincipal actor, RutaDbContext db, TimeProvider clock,
        HttpContext http, CancellationToken ct) =>
        (await AccountActions.ResetTwoFactorAsync(id, actor, db, clock, ct)).ToHttp(details => Tagged(http, details));

    private static IResult Tagged(HttpContext http, ShowUser.Details details)
    {
        StampETags.Set(http, details.ConcurrencyStamp);
        return Results.Ok(details);
    }
}
