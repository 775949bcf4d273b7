using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using Ruta.IntegrationTests.Infrastructure;
using Ruta.IntegrationTests.Kernel.Access;
using Ruta.Web.Kernel.Access;

namespace Ruta.IntegrationTests.Kernel;

/// <summary>
/// Deny by default, checked on the running application: every endpoint it maps (API routes, Razor
/// pages, anything a module adds later) is found through <see cref="EndpointDataSource"/> and called
/// for real. Nothing is reachable anonymously unless it is in <see cref="PublicEndpoints"/>, and no
/// endpoint guarded by a named policy lets in a user whom no policy grants anything.
/// </summary>
public sealed class RouteAccessTests(RutaFactory app) : IClassFixture<RutaFactory>
{
    /// <summary>
    /// THE list of what anyone on the internet may call without signing in. "METHOD /route pattern";
    /// * as method means any method; a pattern ending in * is a prefix. Adding a line here makes
    /// something public: it needs a reason in review.
    /// </summary>
    public static readonly IReadOnlyList<string> PublicEndpoints =
    [
        "GET /healthz",                        // load balancer probe; says only Healthy/Unhealthy
        "* /healthz",                          // (mapped for every method)
        "GET /openapi/{documentName}.json",    // the API description (/openapi/v1.json)
        "GET /api/docs*",                      // Scalar API reference and its assets
        "POST /api/v1/auth/token",             // exchanging credentials for a token
        "* /Account/Login",
        "* /Account/LoginWith2fa",
        "* /Account/AccessDenied",
        "* /Error",
        "* /Culture",                          // language switch (cookie only)
        "* /verificar/{code}",                 // public verification of issued documents (QR target; minimal data, rate-limited)
        "* /verificar/{code}*",
        "* /verificar",                        // form to type a document's verification code (redirects to /verificar/{code})
        "GET /api/v1/verify/{code}",           // the same verification as JSON (same minimal fields, same rate limit)
        "* /estado-solicitud",                 // the asylum applicant's own status: case number + secret, stage/next date/what to bring only; rate-limited and locked per case
        "POST /api/v1/public/asylum-status",   // the same check as JSON (same answer, same limits)
    ];

    /// <summary>A real demo user whom no policy grants anything: an officer of the oversight body.</summary>
    public const string UserWithoutPolicies = "cndh.officer";

    public sealed record Route(string Method, string Pattern, string Path, bool IsApi, IReadOnlyList<string> Policies, Endpoint Endpoint)
    {
        public override string ToString() => $"{Method} /{Pattern.TrimStart('/')}";
    }

    [Fact]
    public void The_enumeration_finds_api_routes_and_pages_of_every_kind()
    {
        var routes = Routes();
        var names = routes.Select(r => r.ToString()).ToHashSet();
        string[] expected =
        [
            "POST /api/v1/users", "PUT /api/v1/users/{id:guid}", "GET /api/v1/audit", "GET /Admin/Users/{id:guid}",
            "POST /Admin/Users/Create", "GET /Audit", "GET /Account/Manage",
        ];
        var missing = expected.Where(e => !names.Contains(e)).ToList();
        Assert.True(missing.Count == 0, $"Not enumerated: {string.Join(", ", missing)}. Found:\n{string.Join('\n', names.Order())}");
        Assert.True(routes.Count > 20, $"Only {routes.Count} routes found.");
    }

    [Fact]
    public async Task No_endpoint_is_reachable_anonymously_except_the_public_list()
    {
        using var client = app.Anonymous();
        var failures = new List<string>();
        var checkedCount = 0;
        foreach (var route in Routes().Where(r => !IsPublic(r)))
        {
            checkedCount++;
            var response = await client.SendAsync(Request(route));
            if (!RefusesAnonymous(route, response))
            {
                failures.Add($"{route} ({route.Path}) answered {(int)response.StatusCode} {response.Headers.Location} to an anonymous caller");
            }
        }

        Assert.True(checkedCount > 20, $"Only {checkedCount} non-public routes were checked.");
        Assert.True(failures.Count == 0, "Reachable without signing in (add [Authorize]/RequireAuthorization, or justify an entry in PublicEndpoints):\n"
            + string.Join('\n', failures));
    }

    [Fact]
    public async Task The_user_used_for_wrong_agency_checks_is_granted_no_policy_any_endpoint_uses()
    {
        var principal = await app.WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<RutaUser>>();
            var signIn = sp.GetRequiredService<SignInManager<RutaUser>>();
            return await signIn.CreateUserPrincipalAsync((await users.FindByNameAsync(UserWithoutPolicies))!);
        });
        var granted = new List<string>();
        await app.WithScopeAsync(async sp =>
        {
            var authorization = sp.GetRequiredService<IAuthorizationService>();
            foreach (var policy in Routes().SelectMany(r => r.Policies).Distinct())
            {
                if ((await authorization.AuthorizeAsync(principal, policy)).Succeeded)
                {
                    granted.Add(policy);
                }
            }
        });
        Assert.True(granted.Count == 0,
            $"{UserWithoutPolicies} is granted {string.Join(", ", granted)}; pick another user for the wrong-agency check.");
    }

    [Fact]
    public async Task Every_endpoint_guarded_by_a_named_policy_refuses_a_user_of_the_wrong_agency()
    {
        using var api = await app.ApiAsAsync(UserWithoutPolicies);
        using var pages = await PageSession.SignInAsync(app, UserWithoutPolicies);
        var failures = new List<string>();
        var guarded = Routes().Where(r => r.Policies.Count > 0 && !IsPublic(r)).ToList();
        Assert.True(guarded.Count >= 10, $"Only {guarded.Count} policy-guarded routes found.");
        foreach (var route in guarded)
        {
            var response = await (route.IsApi ? api : pages.Client).SendAsync(Request(route));
            if (!RefusesSignedIn(response))
            {
                failures.Add($"{route} [{string.Join(", ", route.Policies)}] answered {(int)response.StatusCode} {response.Headers.Location}");
            }
        }

        Assert.True(failures.Count == 0, $"Reachable by {UserWithoutPolicies}:\n" + string.Join('\n', failures));
    }

    [Fact]
    public async Task The_checks_themselves_notice_a_reachable_endpoint()
    {
        // Guards the guards: run each check against routes that ARE reachable and expect it to say so.
        var routes = Routes();
        using var anonymous = app.Anonymous();
        var login = routes.Single(r => r.ToString() == "GET /Account/Login");
        Assert.False(RefusesAnonymous(login, await anonymous.SendAsync(Request(login))));
        var token = routes.Single(r => r.ToString() == "POST /api/v1/auth/token");
        Assert.False(RefusesAnonymous(token, await anonymous.SendAsync(Request(token))));

        using var api = await app.ApiAsAsync("admin.administrator");
        var users = routes.Single(r => r.ToString() == "GET /api/v1/users");
        Assert.False(RefusesSignedIn(await api.SendAsync(Request(users))));
        using var pages = await PageSession.SignInAsync(app, UserWithoutPolicies);
        var manage = routes.Single(r => r.ToString() == "GET /Account/Manage");
        Assert.False(RefusesSignedIn(await pages.Client.SendAsync(Request(manage))));
    }

    [Fact]
    public void No_self_registration_route_exists()
    {
        var register = Routes().Where(r => r.Pattern.Contains("register", StringComparison.OrdinalIgnoreCase)
            || r.Pattern.Contains("signup", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.Empty(register);
    }

    /// <summary>Spot checks: who may do what (agency and role), API by bearer token.</summary>
    [Theory]
    [InlineData("GET", "/api/v1/users", "admin.administrator", 200)]
    [InlineData("GET", "/api/v1/users", "comar.administrator", 200)]
    [InlineData("GET", "/api/v1/users", "cndh.administrator", 200)]
    [InlineData("GET", "/api/v1/users", "comar.supervisor", 403)]
    [InlineData("GET", "/api/v1/users", "admin.auditor", 403)]
    [InlineData("GET", "/api/v1/users?agency=INM", "comar.administrator", 403)]
    [InlineData("GET", "/api/v1/users?agency=INM", "admin.administrator", 200)]
    [InlineData("GET", "/api/v1/audit", "admin.administrator", 200)]
    [InlineData("GET", "/api/v1/audit", "cndh.auditor", 200)]
    [InlineData("GET", "/api/v1/audit", "inm.auditor", 200)]
    [InlineData("GET", "/api/v1/audit", "comar.administrator", 403)]
    [InlineData("GET", "/api/v1/audit", "inm.supervisor", 403)]
    [InlineData("GET", "/api/v1/audit", "cndh.officer", 403)]
    public async Task Api_spot_checks(string method, string path, string userName, int expected)
    {
        using var client = await app.ApiAsAsync(userName);
        var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));
        Assert.Equal(expected, (int)response.StatusCode);
    }

    /// <summary>Spot checks on pages, signed in through the login form. 302 means sent to /Account/AccessDenied.</summary>
    [Theory]
    [InlineData("/Admin/Users", "admin.administrator", 200)]
    [InlineData("/Admin/Users", "inm.administrator", 200)]
    [InlineData("/Admin/Users/Create", "dif.administrator", 200)]
    [InlineData("/Admin/Users", "inm.officer", 302)]
    [InlineData("/Admin/Users/Create", "cndh.auditor", 302)]
    [InlineData("/Audit", "cndh.auditor", 200)]
    [InlineData("/Audit", "admin.administrator", 200)]
    [InlineData("/Audit", "sre.supervisor", 302)]
    [InlineData("/Audit", "sre.administrator", 302)]
    [InlineData("/Account/Manage", "beta.officer", 200)]
    [InlineData("/", "registrocivil.auditor", 200)]
    public async Task Page_spot_checks(string path, string userName, int expected)
    {
        using var session = await PageSession.SignInAsync(app, userName);
        var response = await session.Client.GetAsync(path);
        Assert.Equal(expected, (int)response.StatusCode);
        if (expected == 302)
        {
            Assert.Contains("/Account/AccessDenied", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }
    }

    private List<Route> Routes()
    {
        var source = app.Services.GetRequiredService<EndpointDataSource>();
        var routes = new List<Route>();
        foreach (var endpoint in source.Endpoints.OfType<RouteEndpoint>())
        {
            var pattern = "/" + (endpoint.RoutePattern.RawText ?? "").Trim('/');
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods is { Count: > 0 } declared
                ? declared
                : ["GET", "POST"]; // pages and plain Map(): any method; GET and POST are what browsers send
            // Policies.Authenticated means "any signed-in user" on purpose (own account, calculator): like
            // the fallback policy it restricts nobody who is signed in, so it does not count as a guard here.
            var policies = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>()
                .SelectMany(a => new[] { a.Policy, a.Roles is null ? null : "roles:" + a.Roles })
                .OfType<string>().Where(p => p != Policies.Authenticated).Distinct().ToList();
            if (endpoint.Metadata.GetOrderedMetadata<AuthorizationPolicy>().Count > 0)
            {
                policies.Add("(inline policy)");
            }

            foreach (var method in methods.Where(m => m is not ("HEAD" or "OPTIONS")))
            {
                var path = FillParameters(endpoint.RoutePattern);
                routes.Add(new Route(method, pattern, path, path.StartsWith("/api/", StringComparison.OrdinalIgnoreCase), policies, endpoint));
            }
        }

        return routes.DistinctBy(r => (r.Method, r.Pattern)).ToList();
    }

    /// <summary>401 for the API; for pages, a redirect to the login form.</summary>
    private static bool RefusesAnonymous(Route route, HttpResponseMessage response) =>
        route.IsApi
            ? response.StatusCode == HttpStatusCode.Unauthorized
            : response.StatusCode == HttpStatusCode.Redirect
              && response.Headers.Location?.OriginalString.Contains("/Account/Login", StringComparison.OrdinalIgnoreCase) == true;

    /// <summary>403 for the API; for pages, a redirect to the access-denied page.</summary>
    private static bool RefusesSignedIn(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Forbidden
        || (response.StatusCode == HttpStatusCode.Redirect
            && response.Headers.Location?.OriginalString.Contains("/Account/AccessDenied", StringComparison.OrdinalIgnoreCase) == true);

    /// <summary>Only the visible list makes a route public; an [AllowAnonymous] missing from it fails the test.</summary>
    private static bool IsPublic(Route route) => PublicEndpoints.Any(p => Matches(p, route));

    private static bool Matches(string entry, Route route)
    {
        var space = entry.IndexOf(' ', StringComparison.Ordinal);
        var method = entry[..space];
        var pattern = entry[(space + 1)..];
        if (method != "*" && !string.Equals(method, route.Method, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return pattern.EndsWith('*')
            ? route.Pattern.StartsWith(pattern.TrimEnd('*'), StringComparison.OrdinalIgnoreCase)
            : string.Equals(pattern, route.Pattern, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A concrete path for the pattern: random Guids, numbers or dummy words per the parameters' constraints.</summary>
    private static string FillParameters(RoutePattern pattern)
    {
        var path = new StringBuilder();
        foreach (var segment in pattern.PathSegments)
        {
            path.Append('/');
            foreach (var part in segment.Parts)
            {
                path.Append(part switch
                {
                    RoutePatternLiteralPart literal => literal.Content,
                    RoutePatternSeparatorPart separator => separator.Content,
                    RoutePatternParameterPart parameter => DummyValue(parameter),
                    _ => "",
                });
            }
        }

        return path.Length == 0 ? "/" : path.ToString();
    }

    private static string DummyValue(RoutePatternParameterPart parameter)
    {
        var constraints = parameter.ParameterPolicies.Select(p => p.Content ?? "").ToList();
        if (constraints.Any(c => c.StartsWith("int", StringComparison.Ordinal) || c.StartsWith("long", StringComparison.Ordinal)
            || c.StartsWith("min", StringComparison.Ordinal) || c.StartsWith("max", StringComparison.Ordinal)
            || c.StartsWith("range", StringComparison.Ordinal) || c is "decimal" or "double" or "float"))
        {
            return "1";
        }

        if (constraints.Contains("bool"))
        {
            return "true";
        }

        if (constraints.Contains("datetime"))
        {
            return "2026-01-15";
        }

        if (constraints.Contains("alpha"))
        {
            return "abc";
        }

        return Guid.NewGuid().ToString();
    }

    private static HttpRequestMessage Request(Route route)
    {
        var request = new HttpRequestMessage(new HttpMethod(route.Method), route.Path);
        if (route.Method is "POST" or "PUT" or "PATCH")
        {
            request.Content = route.IsApi
                ? new StringContent("{}", Encoding.UTF8, "application/json")
                : new FormUrlEncodedContent([]);
        }

        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(route.IsApi ? "application/json" : "text/html"));
        return request;
    }
}
