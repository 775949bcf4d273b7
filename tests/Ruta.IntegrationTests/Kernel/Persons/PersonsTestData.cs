using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Ruta.IntegrationTests.Kernel.Persons;

/// <summary>Bodies and calls shared by the persons tests. JSON is written literally, as a client would send it.</summary>
internal static class PersonsTestData
{
    /// <summary>A surname no demo person and no other test carries ("Kdbhfaopmc"), letters only.</summary>
    public static string Unique() =>
        "Q" + new string(Guid.NewGuid().ToString("N")[..10].Select(c => (char)('a' + Convert.ToInt32(c.ToString(), 16))).ToArray());

    public static JsonObject Person(string given = "María Fernanda", string first = "Castillo", string? second = null) => new()
    {
        ["givenNames"] = given,
        ["firstSurname"] = first,
        ["secondSurname"] = second ?? Unique(),
        ["sex"] = "female",
        ["birthDate"] = "1990-11-02",
        ["nationalities"] = new JsonArray("HND"),
        ["languages"] = new JsonArray("spa"),
        ["preferredLanguage"] = "spa",
    };

    public static async Task<JsonElement> CreateAsync(HttpClient client, JsonObject body)
    {
        var response = await client.PostAsJsonAsync("/api/v1/persons", body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static async Task<Guid> CreateIdAsync(HttpClient client, JsonObject body) =>
        (await CreateAsync(client, body)).GetProperty("id").GetGuid();

    public static async Task<(JsonElement Body, string ETag)> GetAsync(HttpClient client, Guid id)
    {
        var response = await client.GetAsync($"/api/v1/persons/{id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone(), response.Headers.ETag!.Tag);
    }

    public static async Task<HttpResponseMessage> PutAsync(HttpClient client, Guid id, JsonObject body, string? ifMatch)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/persons/{id}") { Content = JsonContent.Create(body) };
        if (ifMatch is not null)
        {
            request.Headers.IfMatch.Add(new EntityTagHeaderValue(ifMatch));
        }

        return await client.SendAsync(request);
    }

    public static async Task<HttpResponseMessage> DeleteAsync(HttpClient client, string url, string? ifMatch)
    {
        using var request = new HttpRequestMessage(HttpMethod.Delete, url);
        if (ifMatch is not null)
        {
            request.Headers.IfMatch.Add(new EntityTagHeaderValue(ifMatch));
        }

        return await client.SendAsync(request);
    }

    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    public static async Task<JsonElement> SearchAsync(HttpClient client, string query)
    {
        var response = await client.GetAsync("/api/v1/persons?" + query);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static List<Guid> Ids(JsonElement page) =>
        page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList();

    public static List<string> Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToList();
}
