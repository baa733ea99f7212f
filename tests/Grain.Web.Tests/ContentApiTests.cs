using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Grain.Web.Tests.Support;

namespace Grain.Web.Tests;

public sealed class ContentApiTests(GrainAppFactory factory) : IClassFixture<GrainAppFactory>
{
    [Fact]
    public async Task Should_List_Items_With_Filters()
    {
        // Given
        var client = factory.CreateClient();

        // When
        var items = await client.GetFromJsonAsync<JsonElement[]>("/api/items?kind=card&topic=sql-aggregation");

        // Then
        items!.Length.ShouldBe(3);
        items.ShouldAllBe(i => i.GetProperty("kind").GetString() == "card");
    }

    [Fact]
    public async Task Should_Show_A_Problem_Without_Its_Reference_Solution()
    {
        // Given
        var client = factory.CreateClient();

        // When
        var text = await client.GetStringAsync("/api/problems/count-events");

        // Then
        text.ShouldContain("def count_events(events):");
        text.ShouldNotContain("counts.get");
    }

    [Fact]
    public async Task Should_List_The_Languages_A_Problem_Accepts_With_Their_Starters()
    {
        // Given
        var client = factory.CreateClient();

        // When
        var problem = await client.GetFromJsonAsync<JsonElement>("/api/problems/avg-price-per-item");
        var list = await client.GetFromJsonAsync<JsonElement[]>("/api/problems");

        // Then
        var languages = problem.GetProperty("languages").EnumerateArray().ToList();
        languages.Select(l => l.GetProperty("id").GetString()).ShouldBe(["sql", "pandas"]);
        languages[0].GetProperty("editorMode").GetString().ShouldBe("sql");
        languages[0].GetProperty("starter").GetString().ShouldBe(problem.GetProperty("starter").GetString());
        languages[1].GetProperty("editorMode").GetString().ShouldBe("python");
        languages[1].GetProperty("starter").GetString()!.ShouldContain("def solution(Customer: pd.DataFrame, Item: pd.DataFrame, BoughtItem: pd.DataFrame)");
        list!.Single(p => p.GetProperty("id").GetString() == "avg-price-per-item").GetProperty("languages").EnumerateArray().Select(l => l.GetString()).ShouldBe(["sql", "pandas"]);
    }

    [Fact]
    public async Task Should_Show_A_Problem_Item_As_The_Problem_View_Without_Hints_Or_Discussion()
    {
        // Given
        var client = factory.CreateClient();

        // When
        var item = await client.GetStringAsync("/api/items/avg-price-per-item");
        var problem = await client.GetStringAsync("/api/problems/avg-price-per-item");

        // Then
        item.ShouldBe(problem);
        item.ShouldNotContain("Which table holds what was paid?");
        item.ShouldNotContain("\"discussion\"");
        item.ShouldNotContain("\"directory\"");
    }

    [Fact]
    public async Task Should_Never_Show_A_Server_Path_In_Any_Api_Answer()
    {
        // Given: every API answer, one graded submission included
        var client = factory.CreateClient();
        var posted = await client.PostAsJsonAsync("/api/submissions", new { problem = "avg-price-per-item", language = "sql", code = SubmissionApiTests.Solution });
        var id = (await posted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetRawText();
        await SubmissionApiTests.FollowAsync(client, id);
        var items = await client.GetFromJsonAsync<JsonElement[]>("/api/items");
        string[] urls =
        [
            "/api/items", "/api/problems", "/api/topics", "/api/companies", "/api/openapi.json", "/api/submissions", $"/api/submissions/{id}",
            .. items!.Select(i => $"/api/items/{i.GetProperty("id").GetString()}"),
            .. items!.Where(i => i.GetProperty("kind").GetString() == "problem").Select(i => $"/api/problems/{i.GetProperty("id").GetString()}"),
            .. items!.Where(i => i.GetProperty("kind").GetString() == "card").Select(i => $"/api/cards/{i.GetProperty("id").GetString()}"),
        ];

        foreach (var url in urls)
        {
            // When
            var response = await client.GetAsync(url);
            var text = await response.Content.ReadAsStringAsync();

            // Then
            response.StatusCode.ShouldBe(HttpStatusCode.OK, url);
            text.ShouldNotContain(GrainAppFactory.TestContent, Case.Insensitive, url);
            text.ShouldNotContain(factory.DataDirectory, Case.Insensitive, url);
            text.ShouldNotContain("\"source\"", Case.Insensitive, url);
        }
        urls.Length.ShouldBeGreaterThan(10);
    }

    [Theory]
    [InlineData("/api/items/nope")]
    [InlineData("/api/cards/nope")]
    [InlineData("/api/problems/nope")]
    [InlineData("/api/no-such-endpoint")]
    public async Task Should_Answer_Unknown_Ids_With_ProblemDetails(string path)
    {
        // Given
        var client = factory.CreateClient();

        // When
        var response = await client.GetAsync(path);

        // Then
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task Should_Reject_An_Unknown_Level_With_400()
    {
        // Given
        var client = factory.CreateClient();

        // When
        var response = await client.GetAsync("/api/items?level=guru");

        // Then
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Should_Describe_The_Api_In_An_OpenApi_Document()
    {
        // Given
        var client = factory.CreateClient();

        // When
        var doc = await client.GetFromJsonAsync<JsonElement>("/api/openapi.json");

        // Then
        doc.GetProperty("info").GetProperty("title").GetString().ShouldBe("Grain API");
        doc.GetProperty("paths").TryGetProperty("/api/submissions", out _).ShouldBeTrue();
        doc.GetProperty("paths").TryGetProperty("/api/submissions/{id}", out _).ShouldBeTrue();
    }
}
