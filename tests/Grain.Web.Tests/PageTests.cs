using System.Net;
using Grain.Web.Tests.Support;

namespace Grain.Web.Tests;

public sealed class PageTests(GrainAppFactory factory) : IClassFixture<GrainAppFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/library")]
    [InlineData("/library?q=null&kind=card&level=junior&round=sql&company=acme&topic=sql-aggregation")]
    [InlineData("/cards/count-rules-1")]
    [InlineData("/problems")]
    [InlineData("/problems?language=sql&difficulty=easy")]
    [InlineData("/problems/avg-price-per-item")]
    [InlineData("/problems/count-events")]
    [InlineData("/practice")]
    [InlineData("/practice/clickstream-pipeline")]
    [InlineData("/practice/orders-star")]
    [InlineData("/practice/ownership-story")]
    [InlineData("/guides")]
    [InlineData("/guides/cheat-sheet")]
    public async Task Should_Render_Every_Page_With_The_Layout(string path)
    {
        // Given
        var client = factory.CreateClient();

        // When
        var response = await client.GetAsync(path);

        // Then
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("<nav id=\"nav\"");
        html.ShouldContain("/dist/app.js");
    }

    [Theory]
    [InlineData("/cards/no-such-card")]
    [InlineData("/problems/no-such-problem")]
    [InlineData("/practice/count-rules-1")]
    [InlineData("/guides/nope")]
    [InlineData("/submissions/nope")]
    [InlineData("/no/such/page")]
    public async Task Should_Answer_Unknown_Ids_With_A_404_Page(string path)
    {
        // Given
        var client = factory.CreateClient();

        // When
        var response = await client.GetAsync(path);

        // Then
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).ShouldContain("Nothing here");
    }

    [Fact]
    public async Task Should_Filter_The_Library_By_Text_And_Kind()
    {
        // Given
        var client = factory.CreateClient();

        // When
        var html = await client.GetStringAsync("/library?q=partition&kind=card");

        // Then
        html.ShouldContain("Idempotent loads");
        html.ShouldNotContain("Counting rows, variant 1");
    }

    [Fact]
    public async Task Should_Reveal_Hints_One_At_A_Time()
    {
        // Given
        var client = await factory.CreateFormClientAsync();
        var page = await client.GetStringAsync("/problems/avg-price-per-item");
        page.ShouldNotContain("Which table holds what was paid?");

        // When
        var response = await client.PostAsync("/problems/avg-price-per-item/hints", new FormUrlEncodedContent([new("shown", "1")]));

        // Then
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("Which table holds what was paid?");
        html.ShouldNotContain("You need one output row per item");
        html.ShouldContain("Show hint 2 of 3");
    }

    [Fact]
    public async Task Should_Show_The_Sql_Comparison_Rules()
    {
        // Given
        var client = factory.CreateClient();

        // When
        var html = await client.GetStringAsync("/problems/avg-price-per-item");

        // Then
        html.ShouldContain("How your result is compared");
        html.ShouldContain("<li>order: any (rows are compared as a set with duplicates)</li>");
        html.ShouldContain("<li>numbers: relative tolerance 1E-6; 1 equals 1.0</li>");
        html.ShouldContain("FROM BoughtItem");
    }

    [Fact]
    public async Task Should_List_Missing_Key_Phrases_And_Give_A_Verdict_From_The_Rubric()
    {
        // Given
        var client = await factory.CreateFormClientAsync();

        // When
        var compare = await (await client.PostAsync("/practice/clickstream-pipeline",
            new FormUrlEncodedContent([new("answer", "We keep a watermark and aggregate hourly.")]))).Content.ReadAsStringAsync();
        var verdict = await (await client.PostAsync("/practice/clickstream-pipeline/verdict",
            new FormUrlEncodedContent([new("answer", "x"), new("strong", "0"), new("strong", "1")]))).Content.ReadAsStringAsync();
        var capped = await (await client.PostAsync("/practice/clickstream-pipeline/verdict",
            new FormUrlEncodedContent([new("answer", "x"), new("strong", "0"), new("strong", "1"), new("no", "0")]))).Content.ReadAsStringAsync();
        var noHire = await (await client.PostAsync("/practice/clickstream-pipeline/verdict",
            new FormUrlEncodedContent([new("answer", "x"), new("no", "0")]))).Content.ReadAsStringAsync();

        // Then
        compare.ShouldContain("did not mention 2 of 3");
        compare.ShouldContain("event time");
        verdict.ShouldContain(">Strong Hire</span>");
        capped.ShouldContain(">Lean Hire</span>"); // HireRule: one No Hire sign rules out Strong Hire
        noHire.ShouldContain(">No Hire</span>");
    }
}
