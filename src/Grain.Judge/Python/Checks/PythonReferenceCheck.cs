using Grain.Content;
using Grain.Core.Content;
using Grain.Core.Judging;

namespace Grain.Judge.Python.Checks;

/// <summary>
/// Runs every Python problem's reference solution through the judge on all its cases: it must run cleanly,
/// return only accepted types and give the same result when re-run (expected outputs come from it).
/// The scale ladder is shortened: the check proves the reference is right, not how it grows.
/// </summary>
public sealed class PythonReferenceCheck(JudgeSettings settings) : IContentCheck
{
    /// <summary>Sizes used for the scale check while checking content.</summary>
    public static readonly IReadOnlyList<long> CheckSizes = [2_000, 8_000, 32_000];

    public string Name => "Python reference solutions";

    public async Task<IReadOnlyList<ContentDiagnostic>> CheckAsync(ContentLibrary library, CancellationToken cancellationToken)
    {
        var judge = new PythonJudge(settings.PythonOptions(library) with { ScaleSizes = CheckSizes });
        var diagnostics = new List<ContentDiagnostic>();
        foreach (var problem in library.Problems.Where(p => p.Language == "python"))
        {
            var referencePath = Path.Combine(problem.Directory, problem.ReferenceFile);
            if (!File.Exists(referencePath))
            {
                continue;
            }
            var code = await File.ReadAllTextAsync(referencePath, cancellationToken);
            var report = await judge.JudgeAsync(new JudgeRequest(problem.Id, "python", code), cancellationToken);
            if (report.Status == JudgeStatus.Pass)
            {
                continue;
            }
            var failed = report.Tests.FirstOrDefault(t => t.Verdict != Verdict.AC);
            var rel = Path.GetRelativePath(library.Root, referencePath).Replace('\\', '/');
            diagnostics.Add(new ContentDiagnostic(rel, 1,
                "the reference fails its own tests: " + (failed is null ? report.Message : $"{failed.Group} '{failed.Name}': {failed.Verdict} {failed.Message}")));
        }
        return diagnostics;
    }
}
