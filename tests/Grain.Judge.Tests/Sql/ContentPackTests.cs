using Grain.Content;
using Grain.Core.Judging;
using Grain.Judge.Sql;
using Grain.Judge.Sql.Checks;
using Grain.Judge.Sql.Engines;
using Grain.Judge.SqlDatasets;
using Grain.Judge.SqlDatasets.Generators;
using Grain.Testing;

namespace Grain.Judge.Tests.Sql;

/// <summary>The gym pack (Data/packs/gym): a schema name, CSV example rows, declared types and declarative hidden data.</summary>
public sealed class ContentPackTests
{
    private static readonly string Pack = Path.Combine(AppContext.BaseDirectory, "Sql", "Data", "packs", "gym");

    private static SqlJudge Judge(string? postgres = null) => new(ContentLoader.Load([Pack]).Library, new SqlJudgeOptions
    {
        DataDirectory = TestFolders.Fresh("grain-pack-"),
        PostgresConnectionString = postgres,
    });

    [RequiresFact("postgres")]
    public async Task Should_Pass_Every_Schema_Qualified_Reference_Of_The_Pack_On_Both_Engines()
    {
        // Given
        var library = ContentLoader.Load([Pack]).Library;
        var check = new SqlReferenceCheck(new SqlJudgeOptions { DataDirectory = TestFolders.Fresh("grain-pack-"), PostgresConnectionString = Components.PostgresConnectionString });

        // When
        var diagnostics = await check.CheckAsync(library, CancellationToken.None);

        // Then
        library.Problems.Count.ShouldBe(5);
        diagnostics.Where(d => d.Severity == ContentSeverity.Error).ShouldBeEmpty(string.Join("\n", diagnostics));
    }

    [RequiresTheory("postgres")]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Should_Fail_An_Answer_Hard_Coded_To_The_Example_Rows_On_Generated_Data(string engine)
    {
        // Given: members 4 and 6 are the ones without loans in the example CSV
        const string hardCoded = "SELECT member_id, name FROM gym.members WHERE member_id IN (4, 6)";

        // When
        var report = await Judge(Components.PostgresConnectionString).JudgeAsync(new JudgeRequest("gym-members-never-borrowed", "sql", hardCoded, Engine: engine));

        // Then
        report.Tests.Where(t => t.Group == TestGroup.Example).ShouldAllBe(t => t.Verdict == Verdict.AC);
        report.Tests.Where(t => t.Group == TestGroup.Hidden).ShouldAllBe(t => t.Verdict == Verdict.WA);
        report.Status.ShouldBe(JudgeStatus.Fail);
    }

    [RequiresTheory("postgres")]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Should_Accept_Bare_And_Schema_Qualified_Table_Names_Alike(string engine)
    {
        // Given
        const string mixed = "SELECT m.member_id, m.name FROM members m WHERE NOT EXISTS (SELECT 1 FROM gym.loans l WHERE l.member_id = m.member_id)";

        // When
        var report = await Judge(Components.PostgresConnectionString).JudgeAsync(new JudgeRequest("gym-members-never-borrowed", "sql", mixed, Engine: engine));

        // Then
        report.Status.ShouldBe(JudgeStatus.Pass, string.Join("\n", report.Tests.Select(t => t.Message)));
    }

    [RequiresFact("postgres")]
    public async Task Should_Create_The_Declared_Column_Types_On_Postgres()
    {
        // Given
        var engine = Judge(Components.PostgresConnectionString).Engine("postgres")!;
        await using var session = await engine.OpenReadOnlyAsync(DatasetRef.ExampleOf("gym"), CancellationToken.None);

        // When
        var types = await session.QueryAsync(
            "SELECT column_name, data_type, numeric_precision, numeric_scale FROM information_schema.columns WHERE table_schema = 'gym' AND table_name = 'members' ORDER BY ordinal_position",
            QueryLimits.Default, CancellationToken.None);
        var interval = await session.QueryAsync("SELECT make_interval(mins => member_id * 30) FROM gym.members WHERE member_id = 2", QueryLimits.Default, CancellationToken.None);
        var half = await session.QueryAsync("SELECT sum(member_id) / 2 FROM members", QueryLimits.Default, CancellationToken.None);

        // Then
        var rows = types.Result.ShouldNotBeNull().Rows;
        rows[0][1].ShouldBe("integer");
        rows[4][1].ShouldBe("numeric");
        Convert.ToInt32(rows[4][2]).ShouldBe(6);
        Convert.ToInt32(rows[4][3]).ShouldBe(2);
        interval.Succeeded.ShouldBeTrue(interval.Error);
        Convert.ToInt64(half.Result.ShouldNotBeNull().Rows[0][0]).ShouldBe(10);
    }

    [Fact]
    public void Should_Read_Example_Rows_From_Csv_With_Quoted_Commas_And_Empty_Nulls()
    {
        // When
        var gym = DatasetCatalog.Load([Pack]).Get("gym");

        // Then
        gym.Schema.ShouldBe("gym");
        gym.Example["members"].Select(r => (string)r[1]!).ShouldContain("Lund, Saga");
        gym.Example["loans"].Count(r => r[4] is null).ShouldBe(2);
        gym.Table("members")!.Columns[4].DeclaredType.ShouldBe("numeric(6,2)");
        gym.Table("equipment")!.Columns[3].DeclaredType.ShouldBe("numeric(6,2)");
    }

    [Fact]
    public void Should_Generate_The_Same_Hidden_Rows_For_A_Seed_With_Nulls_Skew_And_Valid_Keys()
    {
        // Given
        var gym = DatasetCatalog.Load([Pack]).Get("gym");

        // When
        var first = DatasetGenerators.RowsFor(gym, new DatasetRef("gym", 2000, 1, [])).ToDictionary(t => t.Table, t => t.Rows.ToList());
        var again = DatasetGenerators.RowsFor(gym, new DatasetRef("gym", 2000, 1, [])).ToDictionary(t => t.Table, t => t.Rows.ToList());
        var other = DatasetGenerators.RowsFor(gym, new DatasetRef("gym", 2000, 2, [])).ToDictionary(t => t.Table, t => t.Rows.ToList());

        // Then
        var loans = first["loans"];
        loans.Count.ShouldBe(2000);
        first["members"].Count.ShouldBe(400);
        loans.Select(r => string.Join(",", r)).ShouldBe(again["loans"].Select(r => string.Join(",", r)));
        loans.Select(r => string.Join(",", r)).ShouldNotBe(other["loans"].Select(r => string.Join(",", r)));
        var members = first["members"].Select(r => (long)r[0]!).ToHashSet();
        loans.ShouldAllBe(r => members.Contains((long)r[1]!));
        members.Count(m => loans.All(l => (long)l[1]! != m)).ShouldBeGreaterThan(5);
        loans.Count(r => r[4] == null).ShouldBeInRange(40, 180);
        loans.Where(r => r[4] != null).ShouldAllBe(r => (DateTime)r[4]! > (DateTime)r[3]!);
    }

    [Fact]
    public void Should_Report_A_Broken_Dataset_As_Path_Line_Message_Without_Throwing()
    {
        // Given
        var root = TestFolders.Fresh("grain-broken-dataset-");
        var folder = Directory.CreateDirectory(Path.Combine(root, "datasets", "bad")).FullName;
        File.WriteAllText(Path.Combine(folder, "dataset.yaml"), "id: bad\ntables:\n  - name: t\n    columns: [a integer]\n    colour: blue\n");

        // When
        var catalog = DatasetCatalog.Load([root]);

        // Then
        var diagnostic = catalog.Diagnostics.ShouldHaveSingleItem();
        diagnostic.Path.ShouldEndWith("dataset.yaml");
        diagnostic.Line.ShouldBe(5);
        diagnostic.Message.ShouldContain("colour");
        Should.Throw<DatasetException>(() => catalog.Get("bad")).Message.ShouldStartWith(diagnostic.Path + ":5:");
    }

    [Fact]
    public void Should_Warn_When_A_Decimal_Column_Holds_Only_Whole_Numbers()
    {
        // When
        var catalog = DatasetCatalog.Load([RepoPaths.Content]);

        // Then
        catalog.Diagnostics.ShouldContain(d => d.Message.Contains("employees.salary"));
        catalog.Diagnostics.ShouldAllBe(d => d.Severity == ContentSeverity.Warning);
        catalog.Diagnostics.First(d => d.Message.Contains("employees.salary")).ToString().ShouldContain(": warning: ");
    }

    [Fact]
    public void Should_Load_Hidden_Data_From_Csv_Files_By_Seed()
    {
        // Given
        var root = TestFolders.Fresh("grain-csv-hidden-");
        var folder = Directory.CreateDirectory(Path.Combine(root, "datasets", "tiny", "hidden", "3")).FullName;
        File.WriteAllText(Path.Combine(root, "datasets", "tiny", "dataset.yaml"), "id: tiny\ntables:\n  - name: t\n    columns: [a integer, b text null, ok boolean]\nexample:\n  t:\n    - [1, x, true]\n");
        File.WriteAllText(Path.Combine(folder, "t.csv"), "b,a,ok\n\"\",7,false\n,8,yes\n");
        var tiny = DatasetCatalog.Load([root]).Get("tiny");

        // When
        var rows = DatasetGenerators.RowsFor(tiny, new DatasetRef("tiny", 2, 3, [])).Single().Rows.ToList();

        // Then
        tiny.Generator.ShouldBe(CsvHiddenData.GeneratorId);
        rows.Select(r => r[0]).ShouldBe([7L, 8L]);
        rows[0][1].ShouldBe("");
        rows[1][1].ShouldBeNull();
        rows.Select(r => r[2]).ShouldBe([false, true]);
        Should.Throw<DatasetException>(() => DatasetGenerators.RowsFor(tiny, new DatasetRef("tiny", 2, 4, [])).ToList()).Message.ShouldContain("hidden/4/");
    }
}
