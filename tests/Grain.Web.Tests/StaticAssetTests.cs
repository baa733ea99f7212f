using System.IO.Compression;
using Grain.Web.Tests.Support;

namespace Grain.Web.Tests;

/// <summary>The bundle is served precompressed to clients that accept it, and split so pages load only what they use.</summary>
public sealed class StaticAssetTests : IClassFixture<GrainAppFactory>
{
    private readonly GrainAppFactory _factory;

    public StaticAssetTests(GrainAppFactory factory) => _factory = factory;

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    [InlineData("gzip;q=0.5, br")]
    public async Task Should_Serve_The_App_Bundle_Compressed_To_A_Client_That_Accepts_It(string acceptEncoding)
    {
        // Given
        var client = _factory.CreateClient();
        var plain = await client.GetByteArrayAsync("/dist/app.js");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/dist/app.js");
        request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);

        // When
        using var response = await client.SendAsync(request);

        // Then
        response.EnsureSuccessStatusCode();
        var encoding = response.Content.Headers.ContentEncoding.ShouldHaveSingleItem();
        encoding.ShouldBe(acceptEncoding.StartsWith("gzip", StringComparison.Ordinal) && !acceptEncoding.Contains("br", StringComparison.Ordinal) ? "gzip" : "br");
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/javascript");
        response.Headers.Vary.ShouldContain("Accept-Encoding");
        var compressed = await response.Content.ReadAsByteArrayAsync();
        compressed.Length.ShouldBeLessThan(plain.Length / 2);
        await using Stream unpack = encoding == "br"
            ? new BrotliStream(new MemoryStream(compressed), CompressionMode.Decompress)
            : new GZipStream(new MemoryStream(compressed), CompressionMode.Decompress);
        using var copy = new MemoryStream();
        await unpack.CopyToAsync(copy);
        copy.ToArray().ShouldBe(plain);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("identity")]
    [InlineData("br;q=0")]
    public async Task Should_Serve_The_Plain_Bundle_When_The_Client_Accepts_No_Compression(string? acceptEncoding)
    {
        var client = _factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/dist/style.css");
        if (acceptEncoding is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        }

        using var response = await client.SendAsync(request);

        response.EnsureSuccessStatusCode();
        response.Content.Headers.ContentEncoding.ShouldBeEmpty();
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/css");
        (await response.Content.ReadAsStringAsync()).ShouldContain("{");
    }

    [Fact]
    public async Task Should_Keep_CodeMirror_Out_Of_The_App_Bundle()
    {
        var client = _factory.CreateClient();

        var app = await client.GetStringAsync("/dist/app.js");

        // The editor's own class names live in its chunk; the app bundle only knows how to import it.
        app.ShouldNotContain("cm-content");
        app.ShouldContain("./chunks/");
    }
}
