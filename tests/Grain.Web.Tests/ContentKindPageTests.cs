using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Grain.Content;
using Grain.Testing;
using Grain.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Grain.Web.Tests;

/// <summary>A content kind registered with one line in the host gets a page, a place in the library's filter, search and the API.</summary>
public sealed class ContentKindPageTests(GrainAppFactory factory) : IClassFixture<GrainAppFactory>
{
    private const string Quiz = """
        ---
        id: having-quiz
        title: Having quiz
        topic: sql-aggregation
        level: junior
        rounds: [phone-screen]
        ---
        ## Prompt
        What does `HAVING` filter?

        ## Answer
        **Groups**, after aggregation.
        """;

    private WebApplicationFactory<Program> WithQuizzes()
    {
        var pack = TestFolders.Fresh("grain-quizzes-");
        Directory.CreateDirectory(Path.Combine(pack, "quizzes"));
        File.WriteAllText(Path.Combine(pack, "quizzes", "having-quiz.md"), Quiz);
        var options = new GrainWebOptions
        {
            ContentDirectory = GrainAppFactory.TestContent,
            ContentPacks = [pack],
            DataDirectory = factory.DataDirectory,
            ContentKinds = ContentKinds.Builtin.With(new FlashQuizKind()),
        };
        return factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton(options)));
    }

    private static async Task<IHtmlDocument> PageAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, path);
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Should_Show_An_Item_Of_A_Registered_Kind_On_Its_Page_With_Its_Sections()
    {
        // Given
        using var app = WithQuizzes();
        var client = app.CreateClient();

        // When
        var page = await PageAsync(client, "/quizzes/having-quiz");

        // Then
        page.QuerySelectorAll("h1").Select(h => h.TextContent.Trim()).ShouldBe(["Having quiz"]);
        page.QuerySelectorAll("section h2").Select(h => h.TextContent.Trim()).ShouldBe(["Prompt", "Answer"]);
        page.QuerySelector("section code")!.TextContent.ShouldBe("HAVING");
        page.QuerySelector("section strong")!.TextContent.ShouldBe("Groups");
        page.QuerySelector("nav#nav").ShouldNotBeNull();
        page.Title.ShouldNotBeNull().ShouldContain("Having quiz");
        page.QuerySelectorAll(".chip").Select(c => c.TextContent.Trim()).ShouldContain("Flash quiz");
    }

    [Theory]
    [InlineData("/quizzes/no-such-quiz")]
    [InlineData("/quizzes/count-rules-1")]
    public async Task Should_Answer_An_Unknown_Id_Of_A_Registered_Kind_With_The_404_Page(string path)
    {
        // Given
        using var app = WithQuizzes();
        var client = app.CreateClient();

        // When
        var response = await client.GetAsync(path);

        // Then
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("Nothing here");
        html.ShouldContain("There is no flash quiz");
    }

    [Fact]
    public async Task Should_List_A_Registered_Kind_In_The_Library_Filter_And_Search()
    {
        // Given
        using var app = WithQuizzes();
        var client = app.CreateClient();

        // When
        var library = await PageAsync(client, "/library");
        var filtered = await PageAsync(client, "/library?kind=flashquiz");
        var searched = await PageAsync(client, "/library?q=aggregation+groups");

        // Then
        library.QuerySelectorAll("select[name=kind] option").Select(o => (o.GetAttribute("value"), o.TextContent.Trim()))
            .ShouldContain(("flashquiz", "Flash quiz"));
        filtered.QuerySelectorAll("#results .item-title").Select(a => a.GetAttribute("href")).ShouldBe(["/quizzes/having-quiz"]);
        filtered.QuerySelector("#results .item .kind")!.TextContent.ShouldBe("Flash quiz");
        searched.QuerySelectorAll("#results .item-title").Select(a => a.GetAttribute("href")).ShouldContain("/quizzes/having-quiz");
    }

    [Fact]
    public async Task Should_Serve_A_Registered_Kind_Through_The_Api_And_Refuse_An_Unknown_Kind()
    {
        // Given
        using var app = WithQuizzes();
        var client = app.CreateClient();

        // When
        var items = await client.GetFromJsonAsync<JsonElement[]>("/api/items?kind=flashquiz");
        var item = await client.GetFromJsonAsync<JsonElement>("/api/items/having-quiz");
        var unknown = await client.GetAsync("/api/items?kind=quizz");

        // Then
        items!.Select(i => i.GetProperty("id").GetString()).ShouldBe(["having-quiz"]);
        item.GetProperty("kind").GetString().ShouldBe("flashquiz");
        item.GetProperty("sections").EnumerateArray().Select(s => s.GetProperty("heading").GetString()).ShouldBe(["Prompt", "Answer"]);
        unknown.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await unknown.Content.ReadAsStringAsync()).ShouldContain("Unknown kind 'quizz' (known: card, problem, design, modeling, behavioral, flashquiz)");
    }

    [Fact]
    public async Task Should_Have_No_Page_For_A_Kind_The_Host_Did_Not_Register()
    {
        // Given: the test content without the quiz kind
        var client = factory.CreateClient();

        // When
        var page = await client.GetAsync("/quizzes/having-quiz");
        var api = await client.GetAsync("/api/items?kind=flashquiz");

        // Then
        page.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        api.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }
}
