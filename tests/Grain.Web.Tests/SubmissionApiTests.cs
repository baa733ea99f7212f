using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Grain.Testing;
using Grain.Web.Tests.Support;

namespace Grain.Web.Tests;

public sealed class SubmissionApiTests(GrainAppFactory factory) : IClassFixture<GrainAppFactory>
{
    /// <summary>A correct answer to avg-price-per-item.</summary>
    public const string Solution = "SELECT i.title, AVG(b.price) AS average FROM BoughtItem AS b JOIN Item AS i ON i.id = b.itemid GROUP BY i.id, i.title";

    [Fact]
    public async Task Should_Accept_A_Submission_At_Once_And_Grade_It_In_The_Background()
    {
        // Given
        var client = factory.CreateClient();

        // When
        var response = await client.PostAsJsonAsync("/api/submissions", new { problem = "avg-price-per-item", language = "sql", code = Solution });
        var accepted = await response.Content.ReadFromJsonAsync<JsonElement>();
        var result = await FollowAsync(client, accepted.GetProperty("id").GetRawText());

        // Then
        response.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        result.GetProperty("state").GetString().ShouldBe("done");
        result.GetProperty("version").GetInt32().ShouldBe(1);
        result.GetProperty("problem").GetString().ShouldBe("avg-price-per-item");
        result.GetProperty("status").GetString().ShouldBe("pass");
        result.GetProperty("tests")[0].GetProperty("verdict").GetString().ShouldBe("AC");
        result.GetProperty("tests").EnumerateArray().Select(t => t.GetProperty("group").GetString()).ShouldContain("hidden");
    }

    [Fact]
    public async Task Should_Render_The_Result_Panel_With_Missing_And_Extra_Rows()
    {
        // Given
        var client = factory.CreateClient();
        var response = await client.PostAsJsonAsync("/api/submissions", new { problem = "avg-price-per-item", language = "sql", code = "SELECT i.title, 0 AS average FROM Item AS i" });
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetRawText();
        await FollowAsync(client, id);

        // When
        var panel = await client.GetStringAsync($"/submissions/{id}/panel");

        // Then
        panel.ShouldContain("Not yet");
        panel.ShouldContain("Missing rows");
        panel.ShouldContain("Extra rows");
        panel.ShouldContain("verdict-WA");
    }

    [RequiresFact("python")]
    public async Task Should_Grade_Python_With_The_Real_Judge_And_Say_Why_The_Scale_Check_Fails()
    {
        // Given
        var client = factory.CreateClient();
        const string Materialises = "def count_events(events):\n    rows = list(events)\n    counts = {}\n    for e in rows:\n        k = (e['user_id'], e['event_type'])\n        counts[k] = counts.get(k, 0) + 1\n    return counts\n";

        // When
        var response = await client.PostAsJsonAsync("/api/submissions", new { problem = "count-events", language = "python", code = Materialises });
        var result = await FollowAsync(client, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetRawText(), TimeSpan.FromSeconds(90));

        // Then
        result.GetProperty("status").GetString().ShouldBe("fail");
        var tests = result.GetProperty("tests").EnumerateArray().ToList();
        tests.Where(t => t.GetProperty("group").GetString() == "example").ShouldAllBe(t => t.GetProperty("verdict").GetString() == "AC");
        var scale = tests.Single(t => t.GetProperty("group").GetString() == "scale");
        scale.GetProperty("verdict").GetString().ShouldBe("MLE");
        scale.GetProperty("message").GetString()!.ShouldContain("held in memory");
        result.GetProperty("scale").GetProperty("sizes").GetArrayLength().ShouldBe(3);
    }

    [Fact]
    public async Task Should_Reject_A_Submission_Over_64_KB_With_413()
    {
        // Given
        var client = factory.CreateClient();
        var code = new string('x', 70 * 1024);

        // When
        var response = await client.PostAsJsonAsync("/api/submissions", new { problem = "avg-price-per-item", language = "sql", code });

        // Then
        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        (await response.Content.ReadAsStringAsync()).ShouldContain("at most 64 KB");
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[1,2]")]
    [InlineData("{\"problem\": 3}")]
    [InlineData("{\"problem\": \"avg-price-per-item\"}")]
    [InlineData("{\"problem\": \"avg-price-per-item\", \"language\": \"python\", \"code\": \"x\"}")]
    [InlineData("{\"problem\": \"avg-price-per-item\", \"language\": \"sql\", \"code\": \"   \"}")]
    public async Task Should_Answer_Malformed_Json_With_400_ProblemDetails(string body)
    {
        // Given
        var client = factory.CreateClient();

        // When
        var response = await client.PostAsync("/api/submissions", new StringContent(body, Encoding.UTF8, "application/json"));

        // Then
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString().ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task Should_Answer_An_Unknown_Problem_Or_Submission_With_404()
    {
        // Given
        var client = factory.CreateClient();

        // When
        var post = await client.PostAsJsonAsync("/api/submissions", new { problem = "nope", language = "sql", code = "SELECT 1" });
        var get = await client.GetAsync("/api/submissions/nope");

        // Then
        post.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        get.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        get.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    /// <summary>Polls a submission until it is graded (at most 20 s unless told).</summary>
    public static async Task<JsonElement> FollowAsync(HttpClient client, string id, TimeSpan? limit = null)
    {
        var until = DateTime.UtcNow + (limit ?? TimeSpan.FromSeconds(20));
        while (DateTime.UtcNow < until)
        {
            var s = await client.GetFromJsonAsync<JsonElement>($"/api/submissions/{id}");
            if (s.GetProperty("state").GetString() is "done" or "error")
            {
                return s;
            }
            await Task.Delay(50);
        }
        throw new TimeoutException("submission " + id + " was not graded");
    }
}
