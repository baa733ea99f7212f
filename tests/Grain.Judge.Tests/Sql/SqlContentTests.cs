using Grain.Judge.Sql;
using Grain.Core.Judging;
using Grain.Core.Judging.Details;
using Grain.Judge.Sql.Checks;
using Grain.Judge.SqlDatasets;
using Grain.Judge.SqlDatasets.Generators;
using Grain.Testing;

namespace Grain.Judge.Tests.Sql;

[Collection(SqlJudgeCollection.Name)]
public sealed class SqlContentTests(SqlJudgeFixture fixture)
{
    [Fact]
    public async Task Should_Pass_Every_Sql_Reference_Against_Its_Own_Tests()
    {
        // Given
        var check = new SqlReferenceCheck(fixture.Options);

        // When
        var diagnostics = await check.CheckAsync(fixture.Library, CancellationToken.None);

        // Then: warnings (whole-number decimal columns) are advice, not failures
        diagnostics.Where(d => d.Severity == Grain.Content.ContentSeverity.Error).ShouldBeEmpty(string.Join("\n", diagnostics));
    }

    [Fact]
    public async Task Should_Load_Every_Modelling_Exercise_And_Answer_Its_Questions()
    {
        // When
        var diagnostics = await new ModelingSqlCheck().CheckAsync(fixture.Library, CancellationToken.None);

        // Then
        diagnostics.ShouldBeEmpty(string.Join("\n", diagnostics));
    }

    [Fact]
    public void Should_Have_At_Least_Twenty_Sql_Problems_Including_The_Two_Fixed_Ids()
    {
        // Given
        var sql = fixture.Library.Problems.Where(p => p.Language == "sql").Select(p => p.Id).ToList();

        // Then
        sql.Count.ShouldBeGreaterThanOrEqualTo(20);
        sql.ShouldContain("avg-price-per-item");
        sql.ShouldContain("customer-total-spent");
    }

    [Fact]
    public void Should_Give_The_Shop_The_Seed_Example_Rows()
    {
        // Given
        var shop = fixture.Judge.Catalog.Get("shop");

        // Then
        shop.Example["Customer"].Count.ShouldBe(3);
        shop.Example["Item"].Count.ShouldBe(3);
        shop.Example["BoughtItem"].Count.ShouldBe(5);
        shop.Example["Customer"].Select(r => (string)r[1]!).ShouldBe(["Bob", "Amy", "Rob"]);
    }

    [Fact]
    public void Should_Generate_The_Same_Rows_For_The_Same_Seed_And_Repeat_First_Names()
    {
        // Given
        var shop = fixture.Judge.Catalog.Get("shop");
        var data = new DatasetRef("shop", 5000, 7, []);

        // When
        var first = DatasetGenerators.RowsFor(shop, data).ToDictionary(t => t.Table, t => t.Rows.ToList());
        var second = DatasetGenerators.RowsFor(shop, data).ToDictionary(t => t.Table, t => t.Rows.ToList());

        // Then
        first["BoughtItem"].Count.ShouldBe(5000);
        first["BoughtItem"].Select(r => string.Join(",", r)).ShouldBe(second["BoughtItem"].Select(r => string.Join(",", r)));
        var customers = first["Customer"];
        customers.Select(r => r[1]).Distinct().Count().ShouldBeLessThan(customers.Count);
        var buyers = first["BoughtItem"].Select(r => (long)r[1]!).ToHashSet();
        customers.Count(c => !buyers.Contains((long)c[0]!)).ShouldBeGreaterThan(0);
    }

    [Fact]
    public void Should_Generate_Every_Dataset_At_A_Small_Size()
    {
        foreach (var dataset in fixture.Judge.Catalog.All)
        {
            // When
            var tables = DatasetGenerators.RowsFor(dataset, new DatasetRef(dataset.Id, 500, 1, [])).ToList();

            // Then
            foreach (var table in tables)
            {
                var definition = dataset.Table(table.Table).ShouldNotBeNull();
                table.Rows.ShouldAllBe(r => r.Length == definition.Columns.Count);
            }
        }
    }

    [Fact]
    public async Task Should_Refuse_Unknown_Problems_And_Engines_With_A_Message()
    {
        // When
        var unknown = await fixture.Judge.JudgeAsync(new JudgeRequest("no-such-problem", "sql", "SELECT 1"));
        var engine = await fixture.Judge.JudgeAsync(new JudgeRequest("spend-by-last-name-indexed", "sql", "SELECT 1", Engine: "postgres"));

        // Then
        unknown.Status.ShouldBe(JudgeStatus.Error);
        unknown.Message!.ShouldContain("no SQL problem");
        engine.Status.ShouldBe(JudgeStatus.Error);
        engine.Message!.ShouldContain("runs on sqlite");
    }

    [Fact]
    public async Task Should_Show_Rows_Plans_And_Rules_In_A_Failing_Report()
    {
        // Given
        const string inner = "SELECT c.id, c.firstname, SUM(b.price) FROM Customer c JOIN BoughtItem b ON b.customerid = c.id GROUP BY c.id, c.firstname";

        // When
        var report = await fixture.Judge.JudgeAsync(new JudgeRequest("customer-total-spent", "sql", inner, Engine: "sqlite"));

        // Then
        var hidden = report.Tests.First(t => t.Group == TestGroup.Hidden);
        hidden.Verdict.ShouldBe(Verdict.WA);
        var details = hidden.Details.ShouldBeOfType<RowDiffDetails>();
        details.ExpectedRows.ShouldBeGreaterThan(details.ActualRows);
        details.Missing.Count.ShouldBe(5);
        details.Plan.ShouldNotBeNull().Count.ShouldBeGreaterThan(0);
        details.ReferencePlan.ShouldNotBeNull().Count.ShouldBeGreaterThan(0);
        report.Notes!.ShouldContain(n => n.Contains("NULL equals NULL"));
    }

    [Fact]
    public async Task Should_Run_Only_Examples_When_Asked()
    {
        // When
        var report = await fixture.Judge.JudgeAsync(new JudgeRequest("avg-price-per-item", "sql",
            "SELECT i.title, AVG(b.price) FROM BoughtItem b JOIN Item i ON i.id = b.itemid GROUP BY i.id", ExamplesOnly: true, Engine: "sqlite"));

        // Then
        report.Status.ShouldBe(JudgeStatus.Pass);
        report.Tests.ShouldAllBe(t => t.Group == TestGroup.Example);
    }

    [Fact]
    public void Should_Describe_The_Rules_The_Judge_Reads_For_A_Rounded_Problem()
    {
        // Given
        var problem = fixture.Library.Find<Grain.Core.Content.Problem>("category-share-of-revenue")!;

        // When
        var lines = SqlJudge.DescribeRules(problem);

        // Then
        lines.ShouldContain("numbers: rounded to 2 decimal(s) before comparing; 1 equals 1.0");
        lines.ShouldNotContain(l => l.Contains("tolerance"));
        lines.ShouldContain("columns, in order: category, revenue, pct");
    }

    [Fact]
    public void Should_Refuse_A_Sort_Key_That_Is_Not_A_Column_With_Its_File()
    {
        // Given
        var folder = Directory.CreateTempSubdirectory("grain-sql-suite-");
        File.WriteAllText(Path.Combine(folder.FullName, "tests.yaml"), "dataset: shop\ncompare:\n  order: [day, name sideways]\ncases:\n  - name: example rows\n");

        try
        {
            // When
            var error = Should.Throw<Grain.Judge.Sql.Suites.SqlSuiteException>(() => Grain.Judge.Sql.Suites.SqlTestSuiteReader.Read(folder.FullName, null));

            // Then
            error.Message.ShouldContain("tests.yaml:1: order key 'name sideways'");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
