namespace Grain.Judge.SqlDatasets.Generators;

/// <summary>
/// A company tree: one CEO without a manager, department heads under the CEO, and everyone else under someone
/// hired before them, a few levels deep; bonuses and emails are sometimes NULL.
/// </summary>
public sealed class EmployeesGenerator : IDatasetGenerator
{
    private const long SpreadLimit = 40_000;

    public string Id => "employees";

    public IEnumerable<TableRows> Generate(DatasetDefinition dataset, long size, int seed)
    {
        var random = new Random(seed);
        var departments = dataset.Words("departments", "Engineering,Sales,Marketing,Finance,Support,Operations");
        var names = dataset.Words("names", "Avery,Blake,Casey,Devon,Emery,Finley,Harper,Jordan,Kendall,Logan,Morgan,Parker,Quinn,Reese,Rowan,Sawyer,Taylor,Emerson");
        var count = Math.Max(departments.Length + 1, size);
        var department = new string?[count + 1];
        var rows = new List<object?[]>((int)count);
        var hired = new DateOnly(2010, 1, 4);
        for (long id = 1; id <= count; id++)
        {
            long? manager = id == 1 ? null
                : id <= departments.Length + 1 ? 1
                : 2 + random.NextInt64(Math.Max(1, Math.Min(id - 2, (long)(id * 0.6))));
            department[id] = id == 1 ? null : id <= departments.Length + 1 ? departments[id - 2] : department[manager!.Value];
            // About 1.5 days between hires; beyond SpreadLimit employees, several are hired a day, so the last hire date
            // stays within about 160 years of the first at any size (pandas' nanosecond timestamps end in 2262). Below
            // the limit the rows are the same as before it existed.
            var step = random.Next(0, 4);
            if (count <= SpreadLimit || random.NextDouble() < (double)SpreadLimit / count)
            {
                hired = hired.AddDays(step);
            }
            // Round thousands: salaries tie often, which is what ranking questions need.
            var salary = (decimal)(id == 1 ? 300_000 : 40_000 + random.Next(0, 121) * 1000);
            object? bonus = random.NextDouble() < 0.35 ? null : DatasetGenerators.Money(random.Next(5, 200) * 100);
            var name = $"{names[random.Next(names.Length)]} {(char)('A' + random.Next(26))}.";
            object? email = random.NextDouble() < 0.1 ? null : $"e{id}@example.com";
            rows.Add([id, name, manager, department[id] ?? "Executive", salary, bonus, hired, email]);
        }
        return [new TableRows("employees", rows)];
    }
}
