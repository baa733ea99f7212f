using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Grain.Web.Tests.Support;

namespace Grain.Web.Tests;

/// <summary>Drafts kept on the server while the learner types, and what the problem page opens with.</summary>
public sealed class DraftApiTests(GrainAppFactory factory) : IClassFixture<GrainAppFactory>
{
    [Fact]
    public async Task Should_Save_A_Draft_And_Give_It_Back()
    {
        // Given
        var client = factory.CreateClient();
        const string Code = "def count_events(events):\n    return {}  # draft one\n";

        // When
        var put = await client.PutAsJsonAsync("/api/problems/count-events/draft", new { code = Code });
        var got = await client.GetFromJsonAsync<JsonElement>("/api/problems/count-events/draft");

        // Then
        put.StatusCode.ShouldBe(HttpStatusCode.OK);
        got.GetProperty("problem").GetString().ShouldBe("count-events");
        got.GetProperty("code").GetString().ShouldBe(Code);
    }

    [Fact]
    public async Task Should_Open_The_Problem_Page_With_The_Draft()
    {
        // Given
        var client = factory.CreateClient();
        await client.PutAsJsonAsync("/api/problems/count-events/draft", new { code = "def count_events(events):\n    return {}  # draft on the page\n" });

        // When
        var html = await client.GetStringAsync("/problems/count-events");

        // Then
        html.ShouldContain("# draft on the page");
        html.ShouldNotContain("raise NotImplementedError</textarea>");
    }

    [Fact]
    public async Task Should_Open_The_Problem_Page_With_The_Last_Submission_When_There_Is_No_Draft()
    {
        // Given
        var client = factory.CreateClient();
        var response = await client.PostAsJsonAsync("/api/submissions", new { problem = "avg-price-per-item", language = "sql", code = SubmissionApiTests.Solution + " -- last submitted" });
        await SubmissionApiTests.FollowAsync(client, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetRawText());

        // When
        var html = await client.GetStringAsync("/problems/avg-price-per-item");

        // Then
        html.ShouldContain("-- last submitted</textarea>");
    }

    [Theory]
    [InlineData("/api/problems/no-such-problem/draft", "{\"code\":\"x\"}", "application/json", HttpStatusCode.NotFound)]
    [InlineData("/api/problems/count-events/draft", "{\"code\":", "application/json", HttpStatusCode.BadRequest)]
    [InlineData("/api/problems/count-events/draft", "{\"text\":\"x\"}", "application/json", HttpStatusCode.BadRequest)]
    [InlineData("/api/problems/count-events/draft", "code=x", "application/x-www-form-urlencoded", HttpStatusCode.UnsupportedMediaType)]
    public async Task Should_Refuse_A_Bad_Draft_With_A_Clear_4xx(string url, string body, string type, HttpStatusCode expected)
    {
        // Given
        var client = factory.CreateClient();

        // When
        var response = await client.PutAsync(url, new StringContent(body, Encoding.UTF8, type));

        // Then
        response.StatusCode.ShouldBe(expected);
        (await response.Content.ReadAsStringAsync()).ShouldNotContain("   at ");
    }

    [Fact]
    public async Task Should_Refuse_A_Draft_Over_64_KB_And_Keep_The_Previous_One()
    {
        // Given
        var client = factory.CreateClient();
        await client.PutAsJsonAsync("/api/problems/count-events/draft", new { code = "SELECT 1 -- kept" });

        // When
        var response = await client.PutAsJsonAsync("/api/problems/count-events/draft", new { code = new string('x', 65 * 1024) });

        // Then
        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        (await client.GetFromJsonAsync<JsonElement>("/api/problems/count-events/draft")).GetProperty("code").GetString().ShouldBe("SELECT 1 -- kept");
    }

    [Fact]
    public async Task Should_Answer_404_For_A_Problem_Without_A_Draft()
    {
        // Given
        var client = factory.CreateClient();

        // When
        var response = await client.GetAsync("/api/problems/no-such-problem/draft");

        // Then
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
