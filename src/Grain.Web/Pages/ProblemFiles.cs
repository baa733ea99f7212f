using Grain.Core.Content;

namespace Grain.Web.Pages;

/// <summary>Reads a problem's files (starter code) safely.</summary>
public static class ProblemFiles
{
    /// <summary>The starter code, or a one-line comment when the file is missing.</summary>
    public static string Starter(Problem problem)
    {
        var path = Path.Combine(problem.Directory, problem.StarterFile);
        return File.Exists(path) ? File.ReadAllText(path) : (problem.Language == "sql" ? "-- write your query here\n" : "# write your solution here\n");
    }

    /// <summary>The reference solution, or null when the file is missing.</summary>
    public static string? Reference(Problem problem)
    {
        var path = Path.Combine(problem.Directory, problem.ReferenceFile);
        return File.Exists(path) ? File.ReadAllText(path) : null;
    }
}
