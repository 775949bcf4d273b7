using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.Agencies;
using Ruta.Web.Kernel.Audit;
using Ruta.Web.Kernel.Calendar;
using Ruta.Web.Kernel.Notices;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Kernel.Removal;
using Ruta.Web.Kernel.Web;
using Scalar.AspNetCore;

namespace Ruta.Web.Kernel;

/// <summary>Wires the shared kernel: persistence, access, audit, API conventions, UI and localization.</summary>
public static class KernelModule
{
    public static readonly CultureInfo[] Cultures = [new("es-MX"), new("en")];

    /// <summary>
    /// UI languages of the pages for the public (an applicant checking their claim): the UI's two plus
    /// French and Haitian Creole, chosen with ?culture=. Formats stay those of <see cref="Cultures"/>;
    /// elsewhere a string without translation shows in Spanish, and the language cookie keeps es/en.
    /// </summary>
    public static readonly CultureInfo[] PublicCultures = [.. Cultures, new("fr"), new("ht")];

    public static WebApplicationBuilder AddKernel(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        var dataDirectory = PersistenceSetup.DataDirectory(configuration);

        if (builder.Environment.IsProduction())
        {
            builder.Logging.ClearProviders();
            builder.Logging.AddJsonConsole();
        }

        services.AddSingleton(TimeProvider.System);
        services.AddRutaPersistence(PersistenceSetup.ReadDatabaseOptions(configuration));
        services.AddRutaAccess(configuration, dataDirectory);
        services.AddRemovalGuard();
        services.AddAuditLog();
        services.AddDataProtection().SetApplicationName("Ruta")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(dataDirectory, "keys")));

        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.AddTransient<IStringLocalizer<SharedResource>, SharedLocalizer>();
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture("es-MX");
            o.SupportedCultures = Cultures;
            o.SupportedUICultures = PublicCultures;
            // Spanish first: the browser's language does not switch the UI; the user's choice (cookie or ?culture=) does.
            o.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider()];
        });

        services.AddRazorPages(o =>
            {
                o.Conventions.AllowAnonymousToPage("/Account/Login");
                o.Conventions.AllowAnonymousToPage("/Account/LoginWith2fa");
                o.Conventions.AllowAnonymousToPage("/Account/AccessDenied");
                o.Conventions.AllowAnonymousToPage("/Error");
                o.Conventions.AllowAnonymousToPage("/Culture");
            })
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = (_, f) => f.Create(typeof(SharedResource)));

        services.Configure<JsonOptions>(o => ConfigureJson(o.SerializerOptions));
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        // Accented Spanish stays readable in the HTML (the default encoder escapes everything beyond ASCII).
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o => o.TextEncoderSettings =
            new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.BasicLatin,
                System.Text.Unicode.UnicodeRanges.Latin1Supplement, System.Text.Unicode.UnicodeRanges.LatinExtendedA,
                System.Text.Unicode.UnicodeRanges.GeneralPunctuation));
        services.AddProblemDetails();
        services.AddExceptionHandler<ExceptionProblemHandler>();
        services.AddOpenApi("v1", o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "Ruta API";
            doc.Info.Description = "API de Ruta, sistema interinstitucional de protección a personas migrantes.";
            return Task.CompletedTask;
        }));
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        services.AddLegalCalendar();
        services.AddNotices();
        Persons.PersonsModule.AddPersons(services);
        Documents.DocumentsModule.AddDocuments(services);
        Modules.Asylum.AsylumModule.AddAsylum(services);
        Modules.Removals.RemovalsModule.AddRemovals(services);
        Modules.Regularization.RegularizationModule.AddRegularization(services);
        Synthetic.SyntheticDataModule.AddSyntheticData(services);
        Modules.Migration.MigrationModule.AddMigration(services, configuration);
        Modules.Children.ChildrenModule.AddChildren(services);
        return builder;
    }

    public static void ConfigureJson(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip;
    }

    public static WebApplication UseKernel(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/api"), api => api.UseStatusCodePages());
        app.UseWhen(c => !c.Request.Path.StartsWithSegments("/api"), ui => ui.UseStatusCodePagesWithReExecute("/Error", "?code={0}"));
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.Use(async (http, next) =>
        {
            var headers = http.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            await next();
        });
        app.UseRequestLocalization();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }

    public static WebApplication MapKernel(this WebApplication app)
    {
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.MapScalarApiReference("/api/docs", o => o.WithTitle("Ruta API").WithOpenApiRoutePattern("/openapi/{documentName}.json"))
            .AllowAnonymous();
        app.MapHealthChecks("/healthz").AllowAnonymous();
        app.MapRazorPages();
        var api = app.MapGroup("/api/v1");
        api.MapAuthApi();
        api.MapAuditApi();
        api.MapRemovalApi();
        api.MapCalendarApi();
        api.MapUsersApi();
        api.MapNoticesApi();
        Persons.PersonsApi.MapPersonsApi(api);
        Documents.DocumentsModule.MapDocumentsApi(api);
        Modules.Asylum.AsylumApi.MapAsylumApi(api);
        Modules.Removals.RemovalsApi.MapRemovalsApi(api);
        Modules.Regularization.RegularizationApi.MapRegularizationApi(api);
        Modules.Migration.MigrationApi.MapMigrationApi(api);
        Modules.Children.ChildrenApi.MapChildrenApi(api);
        return app;
    }

    /// <summary>Applies migrations, then seeds reference data and (outside Production, when enabled) demo data.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RutaDbContext>();
        // A migration may rewrite or index a table of a million persons: far longer than a query's 30 s.
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(30));
        await db.Database.MigrateAsync();
        db.Database.SetCommandTimeout(null);
        await ReferenceDataSeeder.SeedAsync(db, CancellationToken.None);
        await ClosureSeeder.SeedAsync(scope.ServiceProvider, CancellationToken.None);
        await DemoData.SeedIfEnabledAsync(scope.ServiceProvider, app.Environment, app.Configuration);
    }
}
