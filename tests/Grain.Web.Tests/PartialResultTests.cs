using System.Net.Http.Json;
using System.Text.Json;
using Grain.Testing;
using Grain.Web.Tests.Support;

namespace Grain.Web.Tests;

/// <summary>While a submission is graded, the API and the result panel show the groups finished so far.</summary>
public sealed class PartialResultTests(GrainAppFactory factory) : IClassFixture<GrainAppFactory>
{
    /// <summary>A streaming, correct answer to count-events: its scale check runs last and takes a few seconds.</summary>
    public const string Streaming = "def count_events(events):\n    counts = {}\n    for e in events:\n        k = (e['user_id'], e['event_type'])\n        counts[k] = counts.get(k, 0) + 1\n    return counts\n";

    [RequiresFact("python")]
    public async Task Should_Return_The_Groups_Finished_So_Far_While_Running()
    {
        // Given
        var client = factory.CreateClient();
        var response = await client.PostAsJsonAsync("/api/submissions", new { problem = "count-events", language = "python", code = Streaming });
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetRawText();

        // When
        JsonElement? partial = null;
        string? panel = null;
        var until = DateTime.UtcNow + TimeSpan.FromSeconds(90);
        JsonElement document;
        do
        {
            document = await client.GetFromJsonAsync<JsonElement>($"/api/submissions/{id}");
            if (partial is null && document.GetProperty("state").GetString() == "running" && document.TryGetProperty("tests", out _))
            {
                partial = document;
                panel = await client.GetStringAsync($"/submissions/{id}/panel");
            }
            await Task.Delay(20);
        }
        while (document.GetProperty("state").GetString() is "queued" or "running" && DateTime.UtcNow < until);

        // Then
        var seen = partial.ShouldNotBeNull();
        seen.TryGetProperty("status", out _).ShouldBeFalse();
        var groups = seen.GetProperty("tests").EnumerateArray().Select(t => t.GetProperty("group").GetString()).ToList();
        groups.ShouldNotContain("scale");
        groups.Count.ShouldBeLessThan(document.GetProperty("tests").GetArrayLength());
        panel.ShouldNotBeNull().ShouldContain("checks done so far");
        panel.ShouldContain("data-poll");
        document.GetProperty("state").GetString().ShouldBe("done");
        document.GetProperty("status").GetString().ShouldBe("pass");
    }
}
