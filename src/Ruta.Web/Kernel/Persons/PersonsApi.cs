using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.Persistence;
using Ruta.Web.Kernel.Web;

namespace Ruta.Web.Kernel.Persons;

/// <summary>/api/v1/persons and /api/v1/mrz: the persons registry's JSON face over the same handlers the pages call.</summary>
public static class PersonsApi
{
    public sealed record SearchParameters(string? Q, string? Document, string? Curp, string? Nationality, int? BirthYear, int? Page, int? PageSize);

    /// <summary>"relativeId is the person's kind" (kind in kebab case: "parent", "spouse-or-partner"…).</summary>
    public sealed record LinkRequest(Guid? RelativeId, FamilyRelation? Kind);

    public static RouteGroupBuilder MapPersonsApi(this RouteGroupBuilder api)
    {
        var persons = api.MapGroup("/persons").WithTags("Persons");
        persons.MapGet("/", SearchAsync).RequireAuthorization(Policies.PersonsRead).WithName("SearchPersons")
            .Produces<SearchPersons.PageResult>().ProducesValidationProblem();
        persons.MapPost("/", RegisterAsync).RequireAuthorization(Policies.PersonsWrite).WithName("RegisterPerson")
            .Produces<PersonView>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        persons.MapGet("/{id:guid}", GetAsync).RequireAuthorization(Policies.PersonsRead).WithName("GetPerson")
            .Produces<PersonView>().ProducesProblem(StatusCodes.Status404NotFound);
        persons.MapPut("/{id:guid}", ChangeDetailsAsync).RequireAuthorization(Policies.PersonsWrite).WithName("ChangePersonDetails")
            .Produces<PersonView>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
        persons.MapDelete("/{id:guid}", ArchiveAsync).RequireAuthorization(Policies.PersonsDelete).WithName("ArchivePerson")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status428PreconditionRequired);
        persons.MapGet("/{id:guid}/family-links", FamilyLinksAsync).RequireAuthorization(Policies.PersonsRead).WithName("ListFamilyLinks")
            .Produces<IReadOnlyList<FamilyLinkView>>().ProducesProblem(StatusCodes.Status404NotFound);
        persons.MapPost("/{id:guid}/family-links", LinkAsync).RequireAuthorization(Policies.PersonsWrite).WithName("LinkRelatives")
            .Produces<FamilyLinkView>(StatusCodes.Status201Created).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        persons.MapDelete("/{id:guid}/family-links/{relativeId:guid}", UnlinkAsync).RequireAuthorization(Policies.PersonsWrite)
            .WithName("UnlinkRelatives").Produces(StatusCodes.Status204NoContent).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/mrz/parse", ReadMrz).RequireAuthorization(Policies.PersonsWrite).WithTags("Persons").WithName("ParseMrz")
            .Produces<ParseMrz.Response>().ProducesValidationProblem();
        return api;
    }

    private static async Task<IResult> SearchAsync([AsParameters] SearchParameters q, SearchPersons.Handler handler, CancellationToken ct)
    {
        var outcome = await handler.HandleAsync(new SearchPersons.Query(q.Q, q.Document, q.Curp, q.Nationality, q.BirthYear,
            q.Page ?? 1, q.PageSize ?? SearchPersons.DefaultPageSize), ct);
        return outcome.IsOk ? Results.Ok(outcome.Value) : outcome.ToProblem();
    }

    private static async Task<IResult> RegisterAsync(PersonData data, RegisterPerson.Handler handler, HttpContext http, CancellationToken ct)
    {
        var outcome = await handler.HandleAsync(data, ct);
        if (!outcome.IsOk)
        {
            return outcome.ToProblem();
        }

        ETags.Set(http, outcome.Value!.Version);
        return Results.Created($"/api/v1/persons/{outcome.Value.Id}", outcome.Value);
    }

    private static async Task<IResult> GetAsync(Guid id, GetPerson.Handler handler, HttpContext http, CancellationToken ct)
    {
        var person = await handler.HandleAsync(id, ct);
        if (person is null)
        {
            return Problems.NotFound("No existe una persona con ese identificador.");
        }

        ETags.Set(http, person.Version);
        return Results.Ok(person);
    }

    private static async Task<IResult> ChangeDetailsAsync(Guid id, PersonData data, ChangePersonDetails.Handler handler, HttpContext http, CancellationToken ct)
    {
        if (ETags.ReadIfMatch(http.Request) is not { } expected)
        {
            return Problems.PreconditionRequired();
        }

        var outcome = await handler.HandleAsync(new ChangePersonDetails.Command(id, expected, data), ct);
        if (!outcome.IsOk)
        {
            return outcome.ToProblem();
        }

        ETags.Set(http, outcome.Value!.Version);
        return Results.Ok(outcome.Value);
    }

    private static async Task<IResult> ArchiveAsync(Guid id, ArchivePerson.Handler handler, HttpContext http, CancellationToken ct)
    {
        if (ETags.ReadIfMatch(http.Request) is not { } expected)
        {
            return Problems.PreconditionRequired();
        }

        var outcome = await handler.HandleAsync(new ArchivePerson.Command(id, expected), ct);
        return outcome.IsOk ? Results.NoContent() : outcome.ToProblem();
    }

    private static async Task<IResult> FamilyLinksAsync(Guid id, RutaDbContext db, CancellationToken ct)
    {
        if (!await db.Set<Person>().AnyAsync(p => p.Id == id, ct))
        {
            return Problems.NotFound("No existe una persona con ese identificador.");
        }

        return Results.Ok(await GetPerson.FamilyLinksAsync(db, id, ct));
    }

    private static async Task<IResult> LinkAsync(Guid id, LinkRequest request, LinkRelatives.Handler handler, CancellationToken ct)
    {
        var outcome = await handler.HandleAsync(new LinkRelatives.Command(id, request.RelativeId ?? Guid.Empty, request.Kind ?? (FamilyRelation)(-1)), ct);
        return outcome.IsOk ? Results.Created($"/api/v1/persons/{id}/family-links", outcome.Value) : outcome.ToProblem();
    }

    private static async Task<IResult> UnlinkAsync(Guid id, Guid relativeId, string? kind, UnlinkRelatives.Handler handler, CancellationToken ct)
    {
        if (!TryParseKebab<FamilyRelation>(kind, out var relation))
        {
            return Problems.Validation("kind", "Indique el tipo de vínculo: parent, child, spouse-or-partner, sibling, other-relative, legal-guardian o ward.");
        }

        var outcome = await handler.HandleAsync(new UnlinkRelatives.Command(id, relativeId, relation), ct);
        return outcome.IsOk ? Results.NoContent() : outcome.ToProblem();
    }

    private static IResult ReadMrz(ParseMrz.Request request, ParseMrz.Handler handler)
    {
        var outcome = handler.Handle(request);
        return outcome.IsOk ? Results.Ok(outcome.Value) : outcome.ToProblem();
    }

    /// <summary>Query strings speak the JSON's kebab case ("spouse-or-partner"), which Enum.TryParse does not.</summary>
    public static bool TryParseKebab<TEnum>(string? value, out TEnum result) where TEnum : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<TEnum>())
        {
            if (string.Equals(JsonNamingPolicy.KebabCaseLower.ConvertName(candidate.ToString()), value?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                result = candidate;
                return true;
            }
        }

        result = default;
        return false;
    }

    /// <summary>The problem details of a failed outcome: 400 field errors, 404, 409 with a code, 412.</summary>
    public static IResult ToProblem<T>(this PersonsOutcome<T> outcome)
    {
        switch (outcome.Status)
        {
            case OutcomeStatus.Invalid:
                return Results.ValidationProblem(outcome.Errors.ToDictionary(e => e.Key, e => e.Value), title: "La solicitud tiene datos inválidos");
            case OutcomeStatus.NotFound:
                return Problems.NotFound(outcome.Detail ?? "No encontrado.");
            case OutcomeStatus.Stale:
                return Problems.PreconditionFailed();
            case OutcomeStatus.Conflict:
                var extensions = new Dictionary<string, object?> { ["code"] = outcome.Code };
                if (outcome.OtherPersonId is { } other)
                {
                    extensions["otherPersonId"] = other;
                }

                if (outcome.Errors.Count > 0)
                {
                    extensions["errors"] = outcome.Errors;
                }

                return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Conflicto con el estado actual",
                    detail: outcome.Detail, extensions: extensions);
            default:
                throw new InvalidOperationException("A successful outcome is not a problem.");
        }
    }
}
