using System.Net;
using System.Text;
using Grain.Web.Tests.Support;

namespace Grain.Web.Tests;

/// <summary>Bad input anywhere gets a clear 4xx: a 404 page for unknown ids, 413 for big code, 400 ProblemDetails for bad JSON; never a 500.</summary>
public sealed class BadInputTests(GrainAppFactory factory) : IClassFixture<GrainAppFactory>
{
    [Theory]
    [InlineData("/problems/nope")]
    [InlineData("/cards/nope")]
    [InlineData("/practice/nope")]
    [InlineData("/guides/nope")]
    [InlineData("/submissions/nope")]
    [InlineData("/submissions/999999")]
    [InlineData("/mock/999999")]
    [InlineData("/mock/abc")]
    [InlineData("/no/such/page")]
    public async Task Should_Answer_An_Unknown_Id_With_A_404_Page(string url)
    {
        // Given
        var client = factory.CreateClient();

        // When
        var response = await client.GetAsync(url);

        // Then
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("Not found");
        html.ShouldNotContain("   at ");
    }

    [Theory]
    [InlineData("/api/items/nope")]
    [InlineData("/api/problems/nope")]
    [InlineData("/api/submissions/nope")]
    [InlineData("/api/submissions/999999")]
    public async Task Should_Answer_An_Unknown_Api_Id_With_404_ProblemDetails(string url)
    {
        // Given
        var client = factory.CreateClient();

        // When
        var response = await client.GetAsync(url);

        // Then
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Theory]
    [InlineData("/problems/nope/hints", "", 404)]
    [InlineData("/practice/nope/hints", "", 404)]
    [InlineData("/practice/nope/verdict", "strong=0", 404)]
    [InlineData("/problems/nope/submit", "code=x", 404)]
    [InlineData("/problems/avg-price-per-item/submit", "code=", 400)]
    [InlineData("/review", "item=nope&rating=3", 400)]
    [InlineData("/review", "item=idempotent-loads&rating=9", 400)]
    [InlineData("/assess", "interview=not-a-date&company=zzz&sql=99", 400)]
    [InlineData("/mock/999999/answer", "answer=x", 404)]
    [InlineData("/mock/999999/grade", "strong=0", 404)]
    public async Task Should_Answer_A_Bad_Form_With_A_4xx_Page(string url, string form, int status)
    {
        // Given
        var client = await factory.CreateFormClientAsync();

        // When
        var response = await client.PostAsync(url, new StringContent(form, Encoding.UTF8, "application/x-www-form-urlencoded"));

        // Then
        ((int)response.StatusCode).ShouldBe(status);
        (await response.Content.ReadAsStringAsync()).ShouldNotContain("   at ");
    }

    [Fact]
    public async Task Should_Answer_Code_Over_64_KB_From_The_Form_With_413()
    {
        // Given
        var client = await factory.CreateFormClientAsync();
        var code = new string('x', 65 * 1024);

        // When
        var response = await client.PostAsync("/problems/avg-price-per-item/submit", new FormUrlEncodedContent([new("code", code), new("mode", "submit")]));

        // Then
        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        (await response.Content.ReadAsStringAsync()).ShouldContain("at most 64 KB");
    }

    [Theory]
    [InlineData("application/json", "")]
    [InlineData("application/json", "null")]
    [InlineData("application/json", "{\"problem\": \"avg-price-per-item\", \"language\": \"sql\", \"code\": 5}")]
    public async Task Should_Answer_A_Body_That_Is_Not_A_Submission_With_400_ProblemDetails(string contentType, string body)
    {
        // Given
        var client = factory.CreateClient();

        // When
        var response = await client.PostAsync("/api/submissions", new StringContent(body, Encoding.UTF8, contentType));

        // Then
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task Should_Describe_The_Submission_Shapes_In_The_OpenApi_Document()
    {
        // Given
        var client = factory.CreateClient();

        // When
        var doc = await client.GetStringAsync("/api/openapi.json");

        // Then
        doc.ShouldContain("SubmissionDocument");
        doc.ShouldContain("examplesOnly");
        doc.ShouldNotContain("/submissions/{id}/panel");
        doc.ShouldContain("examples_only");
        doc.ShouldContain("\"tests\"");
    }
}
