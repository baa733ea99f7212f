using Grain.Judge.Sql.Plans;
using Grain.Judge.Sql.Suites;

namespace Grain.Judge.Tests.Sql;

public sealed class PlanCheckerTests
{
    private static readonly string[] ShopTables = ["Customer", "Item", "BoughtItem"];

    [Fact]
    public void Should_Pass_A_SQLite_Plan_That_Searches_Through_The_Required_Index()
    {
        // Given
        var plan = new QueryPlan("sqlite", ["SCAN c", "SEARCH b USING INDEX boughtitem_customer (customerid=?)"]);
        var rules = new PlanRules(["boughtitem_customer"], [], ["BoughtItem"], null);
        var aliases = TableAliases.Find("SELECT * FROM Customer c JOIN BoughtItem AS b ON b.customerid = c.id", ShopTables);

        // When / Then
        PlanChecker.Check(plan, rules, aliases).ShouldBeEmpty();
    }

    [Fact]
    public void Should_Fail_A_SQLite_Plan_That_Scans_The_Forbidden_Table_Under_An_Alias()
    {
        // Given
        var plan = new QueryPlan("sqlite", ["SCAN b", "SEARCH c USING INTEGER PRIMARY KEY (rowid=?)"]);
        var rules = new PlanRules(["boughtitem_customer"], [], ["BoughtItem"], null);
        var aliases = TableAliases.Find("SELECT * FROM BoughtItem b JOIN Customer c ON c.id = b.customerid", ShopTables);

        // When
        var failures = PlanChecker.Check(plan, rules, aliases);

        // Then
        failures.ShouldContain(f => f.Contains("does not use the index boughtitem_customer"));
        failures.ShouldContain(f => f.Contains("scans all of BoughtItem"));
    }

    [Fact]
    public void Should_Read_PostgreSQL_Plans()
    {
        // Given
        var good = new QueryPlan("postgres", ["HashAggregate", "  ->  Bitmap Heap Scan on fact_orders", "        ->  Bitmap Index Scan on fact_orders_customer"]);
        var bad = new QueryPlan("postgres", ["HashAggregate", "  ->  Seq Scan on fact_orders"]);
        var rules = new PlanRules([], ["fact_orders"], ["fact_orders"], null);
        var aliases = new Dictionary<string, string>();

        // When / Then
        PlanChecker.Check(good, rules, aliases).ShouldBeEmpty();
        PlanChecker.Check(bad, rules, aliases).Count.ShouldBe(2);
    }

    [Fact]
    public void Should_Accept_A_Required_Index_Used_Through_A_PostgreSQL_Bitmap_Scan()
    {
        // Given
        var plan = new QueryPlan("postgres", ["Aggregate", "  ->  Bitmap Heap Scan on events", "        ->  Bitmap Index Scan on events_time"]);
        var rules = new PlanRules(["events_time"], [], ["events"], null);

        // When / Then
        PlanChecker.Check(plan, rules, new Dictionary<string, string>()).ShouldBeEmpty();
    }
}
