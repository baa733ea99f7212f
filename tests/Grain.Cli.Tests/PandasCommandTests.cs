using System.Text.Json;
using Grain.Testing;

namespace Grain.Cli.Tests;

/// <summary><c>grain problems|start|judge --language pandas</c>.</summary>
public sealed class PandasCommandTests : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("grain-pandas-cli-").FullName;
    private readonly string _data = Directory.CreateTempSubdirectory("grain-pandas-cli-data-").FullName;

    private Dictionary<string, string> Variables => new() { ["GRAIN_CONTENT"] = RepoPaths.Content, ["GRAIN_DATA"] = _data };

    [Fact]
    public async Task Should_List_Only_Problems_With_A_Pandas_Reference()
    {
        // When
        var run = await CliRunner.RunAsync(_work, Variables, "problems", "--language", "pandas", "--json");

        // Then
        run.ExitCode.ShouldBe(0, run.Error);
        using var json = JsonDocument.Parse(run.Out);
        var rows = json.RootElement.EnumerateArray().ToList();
        rows.ShouldNotBeEmpty();
        rows.ShouldAllBe(r => r.GetProperty("language").GetString() == "sql");
        rows.ShouldAllBe(r => r.GetProperty("languages").EnumerateArray().Any(l => l.GetString() == "pandas"));
        rows.ShouldContain(r => r.GetProperty("id").GetString() == "customer-total-spent");
        rows.ShouldNotContain(r => r.GetProperty("id").GetString() == "index-orders-by-customer");
    }

    [Fact]
    public async Task Should_Refuse_An_Unknown_Language_Or_One_The_Problem_Does_Not_Take()
    {
        // When
        var unknown = await CliRunner.RunAsync(_work, Variables, "problems", "--language", "cobol");
        var notTaken = await CliRunner.RunAsync(_work, Variables, "start", "index-orders-by-customer", "--language", "pandas");

        // Then
        unknown.ExitCode.ShouldBe(2);
        unknown.Error.ShouldContain("sql, python or pandas");
        notTaken.ExitCode.ShouldBe(2);
        notTaken.Error.ShouldContain("does not take pandas answers");
        File.Exists(Path.Combine(_work, "index-orders-by-customer.py")).ShouldBeFalse();
    }

    [Fact]
    public async Task Should_Write_A_Starter_With_Every_Table_As_A_Parameter()
    {
        // When
        var run = await CliRunner.RunAsync(_work, Variables, "start", "customer-total-spent", "--language", "pandas");

        // Then
        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.ShouldContain("--language pandas");
        var starter = await File.ReadAllTextAsync(Path.Combine(_work, "customer-total-spent.py"));
        starter.ShouldContain("def solution(Customer: pd.DataFrame, Item: pd.DataFrame, BoughtItem: pd.DataFrame) -> pd.DataFrame:");
        starter.ShouldContain("price float64");
    }

    [RequiresFact("bubblewrap", "pandas")]
    public async Task Should_Print_The_Pandas_Bench_Figures_With_Their_Budgets()
    {
        // When: a tiny size and one run (the output's shape, not the timings)
        var run = await CliRunner.RunAsync(_work, Variables, "bench", "pandas", "--rows", "500", "--runs", "1");
        var refused = await CliRunner.RunAsync(_work, Variables, "bench", "pandas", "--rows", "5");

        // Then
        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.ShouldMatch(@"p50 \d+ ms");
        run.Out.ShouldMatch(@"\d+\.\dx a bare");
        run.Out.ShouldContain("p50 <= 1 s");
        run.Out.ShouldContain("500 rows");
        run.Out.ShouldMatch(@"\d+\.\d\dx \(\d+\.\d\d s judged");
        run.Out.ShouldContain("<= 1.3x");
        run.Out.ShouldContain("sandbox: bubblewrap");
        refused.ExitCode.ShouldBe(2);
        refused.Error.ShouldContain("--rows must be at least 100");
    }

    [RequiresFact("bubblewrap", "pandas")]
    public async Task Should_Judge_A_Python_File_For_A_Sql_Problem_As_Pandas()
    {
        // Given
        File.Copy(Path.Combine(RepoPaths.Content, "problems", "customers-who-never-bought", "reference.pandas.py"), Path.Combine(_work, "customers-who-never-bought.py"));

        // When
        var run = await CliRunner.RunAsync(_work, Variables, "judge", "customers-who-never-bought.py", "--json", "--only", "examples");

        // Then
        run.ExitCode.ShouldBe(0, run.Out + run.Error);
        using var json = JsonDocument.Parse(run.Out);
        json.RootElement.GetProperty("language").GetString().ShouldBe("pandas");
        json.RootElement.GetProperty("status").GetString().ShouldBe("pass");
    }

    public void Dispose()
    {
        foreach (var dir in new[] { _work, _data })
        {
            try
            {
                Directory.Delete(dir, recursive: true);
            }
            catch (IOException)
            {
                // Left for the temp folder's own cleanup.
            }
        }
    }
}
