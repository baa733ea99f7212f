using Grain.Judge.SqlDatasets;
using Grain.Judge.SqlDatasets.Generators;
using Grain.Testing;

namespace Grain.Judge.Tests.Sql;

/// <summary>The company tree at the sizes the pandas scale group reaches.</summary>
public sealed class EmployeesGeneratorTests
{
    [Fact]
    public void Should_Keep_Hire_Dates_In_Range_And_Managers_Hired_First_At_200k_Employees()
    {
        // Given: at about 1.5 days between hires, 200,000 employees used to reach the year 2830 (pandas' timestamps end in 2262)
        var dataset = DatasetCatalog.Load(RepoPaths.Content).Get("employees");

        // When
        var rows = new EmployeesGenerator().Generate(dataset, 200_000, 7).Single().Rows.ToList();

        // Then
        rows.Count.ShouldBe(200_000);
        var hired = rows.ToDictionary(r => (long)r[0]!, r => (DateOnly)r[6]!);
        hired.Values.Max().ShouldBeLessThan(new DateOnly(2200, 1, 1));
        rows.Where(r => r[2] is not null).ShouldAllBe(r => hired[(long)r[2]!] <= hired[(long)r[0]!]);
    }
}
