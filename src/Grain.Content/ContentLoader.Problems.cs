using Grain.Core.Content;

namespace Grain.Content;

public static partial class ContentLoader
{
    internal sealed partial class Reader
    {
        private static readonly string[] Languages = ["python", "sql"];
        private static readonly string[] Difficulties = ["easy", "medium", "hard"];

        /// <summary>The problem of one <c>problems/ID/</c> folder, or null (with a diagnostic) when it does not parse.</summary>
        public Problem? ReadProblemFolder(string problemDir)
        {
            var file = Path.Combine(problemDir, "problem.md");
            if (!File.Exists(file))
            {
                bag.Add(Rel(problemDir) + "/problem.md", 1, "problem folder has no problem.md");
                return null;
            }
            return ReadProblem(file, problemDir);
        }

        private Problem? ReadProblem(string fullPath, string problemDir)
        {
            var doc = ParseMarkdown(fullPath);
            if (doc?.FrontMatter is not { } fm)
            {
                return null;
            }
            var c = Common(doc, fm, Path.GetFileName(problemDir));
            var language = fm.RequireString("language", bag);
            if (language.Length > 0 && !Languages.Contains(language))
            {
                bag.Add(doc.Path, fm.LineOf("language"), $"unknown language '{language}' (known: python, sql)");
            }
            var difficulty = fm.RequireString("difficulty", bag);
            if (difficulty.Length > 0 && !Difficulties.Contains(difficulty))
            {
                bag.Add(doc.Path, fm.LineOf("difficulty"), $"unknown difficulty '{difficulty}' (known: easy, medium, hard)");
            }
            var function = fm.String("function");
            if (language == "python" && string.IsNullOrWhiteSpace(function))
            {
                bag.Add(doc.Path, fm.LineOf("function"), "a Python problem must name its 'function'");
            }
            var dataset = fm.String("dataset");
            if (language == "sql" && string.IsNullOrWhiteSpace(dataset))
            {
                bag.Add(doc.Path, fm.LineOf("dataset"), "a SQL problem must name its 'dataset'");
            }
            var engines = fm.List("engines", bag);
            if (language == "sql" && engines.Count == 0)
            {
                engines = ["sqlite"];
            }
            var ext = language == "sql" ? "sql" : "py";
            foreach (var required in new[] { $"starter.{ext}", $"reference.{ext}", "tests.yaml" })
            {
                if (language.Length > 0 && Languages.Contains(language) && !File.Exists(Path.Combine(problemDir, required)))
                {
                    bag.Add(doc.Path, 1, $"broken reference: the problem folder has no {required}");
                }
            }
            var statement = doc.Find("Statement")?.Body ?? doc.Preamble;
            if (statement.Length == 0)
            {
                bag.Add(doc.Path, 1, "missing section '## Statement'");
            }
            return new Problem(
                c.Id, c.Title, c.Topic, c.Level, c.Rounds, c.Companies, c.Status,
                language, difficulty, fm.String("pattern") ?? "", function, dataset, engines,
                statement,
                Hints(doc, required: true),
                doc.RequireText("Discussion", bag),
                doc.RequireList("Follow-ups", bag),
                problemDir,
                new SourceLocation(doc.Path, 1));
        }
    }
}
