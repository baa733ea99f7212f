using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Grain.Judge;
using Grain.Web.Tests.Support;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Grain.Web.Tests;

/// <summary>The judges get the settings the host was given, not the process environment.</summary>
public sealed class JudgeSettingsTests(GrainAppFactory factory) : IClassFixture<GrainAppFactory>
{
    [Fact]
    public async Task Should_Cache_Sql_Datasets_In_The_Data_Folder_Of_The_Settings_It_Was_Served_With()
    {
        // Given: judge settings with a data folder of their own
        var judgeData = Directory.CreateTempSubdirectory("grain-judge-settings-").FullName;
        try
        {
            var options = new GrainWebOptions
            {
                ContentDirectory = GrainAppFactory.TestContent,
                DataDirectory = factory.DataDirectory,
                Judges = new JudgeSettings { DataDirectory = judgeData },
            };
            using var app = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton(options)));
            var client = app.CreateClient();

            // When
            var response = await client.PostAsJsonAsync("/api/submissions", new { problem = "avg-price-per-item", language = "sql", code = "SELECT 1", examplesOnly = true });
            var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetRawText();
            var done = await FollowAsync(client, id);

            // Then
            response.StatusCode.ShouldBe(HttpStatusCode.Accepted);
            done.GetProperty("state").GetString().ShouldBe("done");
            app.Services.GetRequiredService<JudgeSettings>().DataDirectory.ShouldBe(judgeData);
            Directory.Exists(Path.Combine(judgeData, "sql-datasets")).ShouldBeTrue();
            Directory.Exists(Path.Combine(factory.DataDirectory, "sql-datasets")).ShouldBeFalse();
        }
        finally
        {
            Directory.Delete(judgeData, recursive: true);
        }
    }

    private static async Task<JsonElement> FollowAsync(HttpClient client, string id)
    {
        for (var attempt = 0; attempt < 600; attempt++)
        {
            var result = await client.GetFromJsonAsync<JsonElement>($"/api/submissions/{id}");
            if (result.GetProperty("state").GetString() == "done")
            {
                return result;
            }
            await Task.Delay(100);
        }
        throw new TimeoutException("the submission was not graded in time");
    }
}
