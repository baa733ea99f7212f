using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Grain.Content;
using Grain.Testing;

namespace Grain.Cli.Tests;

public sealed class ServeCommandTests
{
    [Fact]
    public async Task Should_Serve_A_Library_Page_With_Every_Card_Title()
    {
        // Given
        var port = FreePort();
        var data = TestFolders.Fresh("grain-serve-");
        var env = new Dictionary<string, string> { ["GRAIN_CONTENT"] = RepoPaths.Content };
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var server = CliRunner.RunAsync(RepoPaths.Root, env, stop.Token, "serve", "--urls", $"http://127.0.0.1:{port}", "--data", data);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };

        // When
        var html = await GetWhenUp(http, "/library", server);
        var missing = await http.GetAsync("/cards/no-such-card");
        await stop.CancelAsync();
        var run = await server;

        // Then
        var library = ContentLoader.Load(RepoPaths.Content).Library;
        // Compared as text: how an apostrophe is escaped (&#39; or &#x27;) is the encoder's choice.
        var text = WebUtility.HtmlDecode(html);
        foreach (var card in library.Cards)
        {
            text.ShouldContain(card.Title);
        }
        missing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        run.Error.ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_Ask_For_A_Sign_In_With_Cohort()
    {
        // Given
        var port = FreePort();
        var data = TestFolders.Fresh("grain-serve-");
        var env = new Dictionary<string, string> { ["GRAIN_CONTENT"] = RepoPaths.Content };
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var server = CliRunner.RunAsync(RepoPaths.Root, env, stop.Token, "serve", "--urls", $"http://127.0.0.1:{port}", "--data", data, "--cohort");
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri($"http://127.0.0.1:{port}") };

        // When
        var login = await GetWhenUp(http, "/login", server);
        var progress = await http.GetAsync("/progress");
        var api = await http.GetAsync("/api/progress");
        await stop.CancelAsync();
        var run = await server;

        // Then
        login.ShouldContain("Sign in");
        progress.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        progress.Headers.Location!.OriginalString.ShouldBe("/login?return=%2Fprogress");
        api.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        run.Error.ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_Refuse_To_Serve_Content_With_Errors_As_Path_And_Line_With_Exit_Two()
    {
        // Given: a pack whose card misses required fields
        var pack = Directory.CreateTempSubdirectory("grain-serve-pack-").FullName;
        var data = Directory.CreateTempSubdirectory("grain-serve-").FullName;
        var card = Path.Combine(pack, "cards", "broken", "broken-card.md");
        Directory.CreateDirectory(Path.GetDirectoryName(card)!);
        File.WriteAllText(card, "---\nid: broken-card\ntitle: Broken\n---\nNo sections.\n");
        var env = new Dictionary<string, string> { ["GRAIN_CONTENT"] = RepoPaths.Content };
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(60));

        try
        {
            // When
            var run = await CliRunner.RunAsync(RepoPaths.Root, env, stop.Token, "serve", "--urls", $"http://127.0.0.1:{FreePort()}",
                "--data", data, "--content", pack);

            // Then: it never listened; every error names the file and line
            run.ExitCode.ShouldBe(2);
            run.Error.ShouldContain($"{card}:");
            run.Error.ShouldContain("missing required field 'topic'");
            run.Error.ShouldNotContain("   at ");
            run.Out.ShouldNotContain("Grain is running");
        }
        finally
        {
            Directory.Delete(pack, recursive: true);
            Directory.Delete(data, recursive: true);
        }
    }

    [Fact]
    public async Task Should_Give_The_Judges_Of_Serve_The_Variables_The_Command_Was_Given()
    {
        // Given: an interpreter that does not exist, named only in the command's variables (not the process environment)
        var port = FreePort();
        var data = Directory.CreateTempSubdirectory("grain-serve-").FullName;
        var env = new Dictionary<string, string> { ["GRAIN_CONTENT"] = RepoPaths.Content, ["GRAIN_PYTHON"] = "/no/such/python3" };
        var problem = ContentLoader.Load(RepoPaths.Content).Library.Problems.First(p => p.Language == "python");
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var server = CliRunner.RunAsync(RepoPaths.Root, env, stop.Token, "serve", "--urls", $"http://127.0.0.1:{port}", "--data", data);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        await GetWhenUp(http, "/api/health", server);

        // When
        var posted = await http.PostAsJsonAsync("/api/submissions", new { problem = problem.Id, language = "python", code = "def f(rows):\n    return 0\n", examplesOnly = true });
        var id = (await posted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetRawText();
        var result = "";
        for (var attempt = 0; attempt < 300 && !result.Contains("\"state\":\"done\"", StringComparison.Ordinal); attempt++)
        {
            await Task.Delay(100);
            result = await http.GetStringAsync($"/api/submissions/{id}");
        }
        await stop.CancelAsync();
        await server;
        Directory.Delete(data, recursive: true);

        // Then
        posted.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        result.ShouldContain("/no/such/python3");
    }

    private static async Task<string> GetWhenUp(HttpClient http, string path, Task server)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            if (server.IsCompleted)
            {
                throw new InvalidOperationException("grain serve exited early");
            }
            try
            {
                var response = await http.GetAsync(path);
                response.EnsureSuccessStatusCode();
                return await response.Content.ReadAsStringAsync();
            }
            catch (HttpRequestException)
            {
                await Task.Delay(100);
            }
        }
        throw new TimeoutException("grain serve did not answer");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
