using System.Text.Json;
using Grain.Cli;
using Grain.Testing;

namespace Grain.Cli.Tests;

public sealed class SqlJudgeCommandTests : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("grain-sql-cli-").FullName;
    private readonly StringWriter _out = new();
    private readonly StringWriter _err = new();

    private CliEnvironment Env() => CliEnvironment.ForTest(_out, _err, _work, new Dictionary<string, string>
    {
        ["GRAIN_CONTENT"] = RepoPaths.Content,
        ["GRAIN_DATA"] = TestFolders.ForRun("sql-judge"),
    });

    [Fact]
    public async Task Should_Pass_The_Reference_And_Print_The_Result_Json()
    {
        // Given
        File.Copy(Path.Combine(RepoPaths.Content, "problems", "avg-price-per-item", "reference.sql"), Path.Combine(_work, "avg-price-per-item.sql"));

        // When
        var code = await GrainCli.RunAsync(["judge", "avg-price-per-item.sql", "--json", "--engine", "sqlite"], Env());

        // Then
        code.ShouldBe(0, _out.ToString() + _err);
        using var json = JsonDocument.Parse(_out.ToString());
        json.RootElement.GetProperty("status").GetString().ShouldBe("pass");
        json.RootElement.GetProperty("language").GetString().ShouldBe("sql");
    }

    [Fact]
    public async Task Should_Exit_One_For_A_Wrong_Answer_And_Say_Why()
    {
        // Given
        await File.WriteAllTextAsync(Path.Combine(_work, "mine.sql"),
            "SELECT c.id, c.firstname, SUM(b.price) FROM Customer c JOIN BoughtItem b ON b.customerid = c.id GROUP BY c.id, c.firstname");

        // When
        var code = await GrainCli.RunAsync(["judge", "mine.sql", "--problem", "customer-total-spent", "--engine", "sqlite"], Env());

        // Then
        code.ShouldBe(1);
        _out.ToString().ShouldContain("LEFT JOIN");
        _out.ToString().ShouldContain("missing:");
    }

    [Fact]
    public async Task Should_Exit_Two_For_An_Unknown_Engine_Or_Problem()
    {
        // Given
        await File.WriteAllTextAsync(Path.Combine(_work, "x.sql"), "SELECT 1");

        // When / Then
        (await GrainCli.RunAsync(["judge", "x.sql", "--problem", "avg-price-per-item", "--engine", "oracle"], Env())).ShouldBe(2);
        (await GrainCli.RunAsync(["judge", "x.sql"], Env())).ShouldBe(2);
        _err.ToString().ShouldContain("no problem with id 'x'");
    }

    [Fact]
    public async Task Should_Write_The_Starter_And_List_Sql_Problems()
    {
        // When
        var start = await GrainCli.RunAsync(["start", "customer-total-spent"], Env());
        var list = await GrainCli.RunAsync(["problems", "--language", "sql"], Env());

        // Then
        start.ShouldBe(0);
        File.Exists(Path.Combine(_work, "customer-total-spent.sql")).ShouldBeTrue();
        list.ShouldBe(0);
        _out.ToString().ShouldContain("avg-price-per-item");
    }

    [Fact]
    public async Task Should_Show_The_Comparison_Rules_Of_A_Sql_Problem()
    {
        // When
        var code = await GrainCli.RunAsync(["show", "running-revenue-total"], Env());

        // Then
        code.ShouldBe(0);
        _out.ToString().ShouldContain("Comparison rules");
        _out.ToString().ShouldContain("order: strict, sorted by full_date");
    }

    [RequiresTheory("postgres")]
    [InlineData("'NaN'::numeric")]
    [InlineData("1e30::numeric * 1e30")]
    [InlineData("1e400::numeric")]
    public async Task Should_Give_A_Verdict_For_Numerics_Beyond_Decimal_On_PostgreSQL(string value)
    {
        // Given
        await File.WriteAllTextAsync(Path.Combine(_work, "mine.sql"), $"SELECT id, firstname, {value} FROM Customer");
        var env = CliEnvironment.ForTest(_out, _err, _work, new Dictionary<string, string>
        {
            ["GRAIN_CONTENT"] = RepoPaths.Content,
            ["GRAIN_DATA"] = TestFolders.ForRun("sql-judge"),
            ["GRAIN_POSTGRES"] = Components.PostgresConnectionString!,
        });

        // When
        var code = await GrainCli.RunAsync(["judge", "mine.sql", "--problem", "customer-total-spent", "--engine", "postgres", "--examples", "--json"], env);

        // Then
        code.ShouldBe(1, _out.ToString() + _err);
        using var json = JsonDocument.Parse(_out.ToString());
        json.RootElement.GetProperty("status").GetString().ShouldBe("fail");
        var test = json.RootElement.GetProperty("tests")[0];
        test.GetProperty("verdict").GetString().ShouldBe(value.StartsWith("1e400", StringComparison.Ordinal) ? "RTE" : "WA");
        test.GetProperty("message").GetString()!.ShouldContain(value.StartsWith("1e400", StringComparison.Ordinal) ? "beyond" : "missing");
    }

    public void Dispose()
    {
        Directory.Delete(_work, recursive: true);
    }
}
