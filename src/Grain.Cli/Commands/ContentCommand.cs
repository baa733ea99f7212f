using System.CommandLine;
using Grain.Content;

namespace Grain.Cli.Commands;

/// <summary><c>grain content check [--dir DIR]</c>: validates every content file.</summary>
internal static class ContentCommand
{
    /// <summary>Deeper checks contributed by the judges; run after the format rules pass.</summary>
    public static IReadOnlyList<IContentCheck> DeepChecks(CliEnvironment env) => ContentChecks.All(env);

    public static Command Create(CliEnvironment env)
    {
        var dir = new Option<string?>("--dir") { Description = "Content folder to check (default: the built-in content)" };
        var quick = new Option<bool>("--quick") { Description = "Only the format rules; skip running reference solutions and queries" };
        var check = new Command("check", "Validate every content file; print problems as path:line: message") { dir, quick };
        check.SetAction(async (parse, ct) =>
        {
            var roots = env.ResolveContentRoots(parse.GetValue(dir));
            var folder = string.Join(", ", roots);
            var result = ContentLoader.Load(roots, env.ContentKinds);
            var diagnostics = result.Diagnostics.ToList();
            if (diagnostics.All(d => d.Severity == ContentSeverity.Warning) && !parse.GetValue(quick))
            {
                foreach (var deep in DeepChecks(env))
                {
                    diagnostics.AddRange(await deep.CheckAsync(result.Library, ct));
                }
            }
            foreach (var d in diagnostics)
            {
                env.Out.WriteLine(d.ToString());
            }
            var errors = diagnostics.Count(d => d.Severity == ContentSeverity.Error);
            if (errors > 0)
            {
                env.Error.WriteLine($"{errors} problem(s) in {folder}");
                return GrainCli.Failed;
            }
            var lib = result.Library;
            if (!parse.GetValue(quick))
            {
                SqlJudgeRegistration.WriteEngines(env, lib);
            }
            env.Out.WriteLine(
                $"content ok: {lib.Cards.Count} cards, {lib.Problems.Count} problems, {lib.Designs.Count} design, " +
                $"{lib.Modeling.Count} modelling, {lib.Behavioral.Count} behavioural, {lib.Guides.Count} guides, " +
                $"{lib.Topics.Count} topics, {lib.Skills.Count} skills, {lib.Companies.Count} companies");
            return GrainCli.Ok;
        });
        return new Command("content", "Work with the content library") { check };
    }
}
