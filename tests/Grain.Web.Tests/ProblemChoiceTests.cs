using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Grain.Testing;
using Grain.Web.Tests.Support;

namespace Grain.Web.Tests;

/// <summary>The languages and SQL engines a problem offers: listed by the API, checked on every submission, kept per language in drafts.</summary>
public sealed class ProblemChoiceTests(GrainAppFactory factory) : IClassFixture<GrainAppFactory>
{
    [Fact]
    public async Task Should_List_The_Engines_This_Server_Runs_A_Problem_On()
    {
        // Given
        var client = factory.CreateClient();

        // When
        var problem = await client.GetFromJsonAsync<JsonElement>("/api/problems/avg-price-per-item");
        var python = await client.GetFromJsonAsync<JsonElement>("/api/problems/count-events");
        var list = await client.GetFromJsonAsync<JsonElement[]>("/api/problems");

        // Then: PostgreSQL only when the server has a connection string
        string[] expected = Grain.Testing.Components.PostgresConnectionString is null ? ["sqlite", "duckdb"] : ["sqlite", "postgres", "duckdb"];
        problem.GetProperty("engines").EnumerateArray().Select(e => e.GetString()).ShouldBe(expected);
        python.GetProperty("engines").GetArrayLength().ShouldBe(0);
        list!.Single(p => p.GetProperty("id").GetString() == "avg-price-per-item").GetProperty("engines").EnumerateArray().Select(e => e.GetString()).ShouldBe(expected);
    }

    [Theory]
    [InlineData("pandas", "duckdb", "takes no \"engine\"")]
    [InlineData("sql", "oracle", "runs on sqlite")]
    [InlineData("python", null, "is solved in sql or pandas, not 'python'")]
    public async Task Should_Refuse_A_Language_Or_Engine_The_Problem_Does_Not_Accept(string language, string? engine, string message)
    {
        // Given
        var client = factory.CreateClient();

        // When
        var response = await client.PostAsJsonAsync("/api/submissions", new { problem = "avg-price-per-item", language, engine, code = SubmissionApiTests.Solution });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        // Then
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        body.GetProperty("detail").GetString()!.ShouldContain(message);
    }

    [Fact]
    public async Task Should_Grade_A_Sql_Submission_On_The_Engine_It_Asks_For()
    {
        // Given
        var client = factory.CreateClient();

        // When
        var response = await client.PostAsJsonAsync("/api/submissions", new { problem = "avg-price-per-item", language = "sql", engine = "duckdb", code = SubmissionApiTests.Solution, examplesOnly = true });
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetRawText();
        var result = await SubmissionApiTests.FollowAsync(client, id);

        // Then
        response.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        result.GetProperty("status").GetString().ShouldBe("pass");
        result.GetProperty("notes").EnumerateArray().Select(n => n.GetString()).ShouldContain(n => n!.StartsWith("engine: duckdb", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Should_Keep_One_Draft_Per_Language()
    {
        // Given
        var client = factory.CreateClient();
        await client.PutAsJsonAsync("/api/problems/avg-price-per-item/draft", new { code = "SELECT 1 -- sql draft" });

        // When
        var saved = await client.PutAsJsonAsync("/api/problems/avg-price-per-item/draft?language=pandas", new { code = "# pandas draft" });
        var sql = await client.GetFromJsonAsync<JsonElement>("/api/problems/avg-price-per-item/draft");
        var pandas = await client.GetFromJsonAsync<JsonElement>("/api/problems/avg-price-per-item/draft?language=pandas");
        var refused = await client.PutAsJsonAsync("/api/problems/avg-price-per-item/draft?language=python", new { code = "x" });
        var page = await client.GetStringAsync("/problems/avg-price-per-item?language=pandas");

        // Then
        saved.StatusCode.ShouldBe(HttpStatusCode.OK);
        sql.GetProperty("code").GetString().ShouldBe("SELECT 1 -- sql draft");
        pandas.GetProperty("code").GetString().ShouldBe("# pandas draft");
        pandas.GetProperty("problem").GetString().ShouldBe("avg-price-per-item");
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        page.ShouldContain("# pandas draft");
        page.ShouldContain("data-editor=\"python\"");
        page.ShouldNotContain("SELECT 1 -- sql draft");
    }

    [Fact]
    public async Task Should_Open_The_Problem_Page_In_The_Language_And_Engine_Of_The_Address()
    {
        // Given
        var client = factory.CreateClient();

        // When
        var sql = await client.GetStringAsync("/problems/avg-price-per-item?engine=duckdb");
        var pandas = await client.GetStringAsync("/problems/avg-price-per-item?language=pandas");
        var unknown = await client.GetStringAsync("/problems/avg-price-per-item?language=cobol&engine=oracle");

        // Then
        sql.ShouldContain("data-language=\"sql\" data-engine=\"duckdb\"");
        sql.ShouldContain("data-editor=\"sql\"");
        pandas.ShouldContain("data-language=\"pandas\"");
        pandas.ShouldContain("def solution(Customer: pd.DataFrame");
        pandas.ShouldNotContain("name=\"engine\"");
        unknown.ShouldContain("data-language=\"sql\" data-engine=\"sqlite\"");
    }
}
