using Grain.Content;
using Grain.Core.Content;
using Grain.Judge.Languages;
using Grain.Testing;

namespace Grain.Judge.Tests.Pandas;

/// <summary>The language registry over the built-in content.</summary>
public sealed class JudgeLanguagesTests
{
    private static readonly ContentLibrary Library = ContentLoader.Load(RepoPaths.Content).Library;
    private static readonly JudgeLanguages Languages = new(Library);

    [Fact]
    public void Should_Accept_Pandas_Only_For_Sql_Query_Problems_With_A_Pandas_Reference()
    {
        var sql = Library.Find<Problem>("customer-total-spent")!;
        var planned = Library.Find<Problem>("index-orders-by-customer")!;
        var python = Library.Problems.First(p => p.Language == "python");

        Languages.Accepting(sql).Select(l => l.Id).ShouldBe(["sql", "pandas"]);
        Languages.Accepting(planned).Select(l => l.Id).ShouldBe(["sql"]);
        Languages.Accepting(python).Select(l => l.Id).ShouldBe(["python"]);
    }

    [Fact]
    public void Should_Infer_The_Language_From_The_Extension_When_One_Accepting_Language_Has_It()
    {
        var sql = Library.Find<Problem>("customer-total-spent")!;
        var python = Library.Problems.First(p => p.Language == "python");

        Languages.Infer(sql, ".py")!.Id.ShouldBe("pandas");
        Languages.Infer(sql, ".sql")!.Id.ShouldBe("sql");
        Languages.Infer(python, ".py")!.Id.ShouldBe("python");
        Languages.Infer(python, ".sql").ShouldBeNull();
    }
}
