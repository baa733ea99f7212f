using System.Net;
using Grain.Content;
using Grain.Web.Tests.Support;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Grain.Web.Tests;

/// <summary>
/// Every GET page the app maps, found from its endpoints (a new page is toured without editing this file, or fails
/// until it says which ids it takes): 200 for every item of the test content, 404 for an unknown id, never a 500.
/// </summary>
public sealed class PageStatusTourTests(GrainAppFactory factory) : IClassFixture<GrainAppFactory>
{
    private const string UnknownId = "no-such-item-404";

    [Fact]
    public async Task Should_Answer_Every_Page_With_200_For_Known_Ids_And_404_For_Unknown_Ones()
    {
        // Given
        var client = factory.CreateClient();
        var library = factory.Services.GetRequiredService<ContentLibrary>();
        var templates = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Contains("GET") == true)
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Where(t => !t.StartsWith("/api/", StringComparison.Ordinal) && !t.Contains('*'))
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();

        // When
        var wrong = new List<string>();
        foreach (var template in templates)
        {
            if (!template.Contains('{'))
            {
                await ExpectAsync(client, template, HttpStatusCode.OK, wrong);
                continue;
            }
            var ids = KnownIds(library, template);
            if (ids is null)
            {
                wrong.Add($"{template}: a new page with an id; say in {nameof(PageStatusTourTests)}.{nameof(KnownIds)} which ids it shows");
                continue;
            }
            foreach (var id in ids)
            {
                await ExpectAsync(client, Fill(template, id), HttpStatusCode.OK, wrong);
            }
            await ExpectAsync(client, Fill(template, template.Contains(":long}", StringComparison.Ordinal) ? "999999" : UnknownId), HttpStatusCode.NotFound, wrong);
        }

        // Then
        templates.ShouldContain("/cards/{id}");
        templates.ShouldContain("/problems/{id}");
        wrong.ShouldBeEmpty();
    }

    /// <summary>The ids a page with an id shows; empty when the test content has none to show (submissions, mock sessions); null for a page not listed here.</summary>
    private static IEnumerable<string>? KnownIds(ContentLibrary library, string template) => template switch
    {
        "/cards/{id}" => library.Cards.Select(c => c.Id),
        "/problems/{id}" or "/problems/{id}/history" => library.Problems.Select(p => p.Id),
        "/practice/{id}" => library.Designs.Select(d => d.Id).Concat(library.Modeling.Select(m => m.Id)).Concat(library.Behavioral.Select(b => b.Id)),
        "/guides/{id}" => library.Guides.Select(g => g.Id),
        "/submissions/{id}" or "/submissions/{id}/panel" or "/mock/{id:long}" => [],
        _ => null,
    };

    private static string Fill(string template, string id) =>
        System.Text.RegularExpressions.Regex.Replace(template, @"\{[^}]+\}", Uri.EscapeDataString(id));

    private static async Task ExpectAsync(HttpClient client, string url, HttpStatusCode expected, List<string> wrong)
    {
        var response = await client.GetAsync(url);
        if (response.StatusCode != expected)
        {
            wrong.Add($"{url}: {(int)response.StatusCode}, expected {(int)expected}");
        }
    }
}
