using System.Net;
using System.Net.Sockets;
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
        var data = Directory.CreateTempSubdirectory("grain-serve-").FullName;
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
