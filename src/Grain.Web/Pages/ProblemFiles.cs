using Grain.Core.Content;

namespace Grain.Web.Pages;

/// <summary>Reads a problem's files (starter code) safely.</summary>
public static class ProblemFiles
{
    /// <summary>The starter code, or a one-line comment when the file is missing.</summary>
    public static string Starter(Problem problem)
    {
        var path = Path.Combine(problem.Directory, problem.StarterFile);
        var starter = File.Exists(path) ? File.ReadAllText(path) : (problem.Language == "sql" ? "-- write your query here\n" : "# write your solution here\n");
        return problem.Language == "sql" ? Judge.Sql.SqlJudge.StarterWithColumnRule(problem, starter) : starter;
    }

    /// <summary>The starter code in one of the problem's languages: its own starter file for its own language, else the language's starter.</summary>
    public static string Starter(Problem problem, Core.Judging.JudgeLanguage language) =>
        language.Id == problem.Language ? Starter(problem) : language.Starter(problem);

    /// <summary>The reference solution in a language: the pandas reference for pandas, else the problem's own; null when the file is missing.</summary>
    public static string? Reference(Problem problem, string language)
    {
        if (language != Judge.Languages.JudgeLanguages.Pandas)
        {
            return Reference(problem);
        }
        var path = Path.Combine(problem.Directory, Judge.Pandas.PandasProblems.ReferenceFile);
        return File.Exists(path) ? File.ReadAllText(path) : null;
    }

    /// <summary>The reference solution, or null when the file is missing.</summary>
    public static string? Reference(Problem problem)
    {
        var path = Path.Combine(problem.Directory, problem.ReferenceFile);
        return File.Exists(path) ? File.ReadAllText(path) : null;
    }
}
