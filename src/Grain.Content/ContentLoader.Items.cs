using Grain.Core.Content;

namespace Grain.Content;

public static partial class ContentLoader
{
    internal sealed partial class Reader
    {
        public ConceptCard? ReadCard(string fullPath)
        {
            var doc = ParseMarkdown(fullPath);
            if (doc?.FrontMatter is not { } fm)
            {
                return null;
            }
            var c = Common(doc, fm, Path.GetFileNameWithoutExtension(fullPath));
            var folder = Path.GetFileName(Path.GetDirectoryName(fullPath)!);
            if (c.Topic.Length > 0 && folder != "cards" && folder != c.Topic)
            {
                bag.Add(doc.Path, fm.LineOf("topic"), $"card of topic '{c.Topic}' is filed under cards/{folder}/; move it to cards/{c.Topic}/");
            }
            return new ConceptCard(
                c.Id, c.Title, c.Topic, c.Level, c.Rounds, c.Companies, c.Status,
                fm.List("sources", bag),
                doc.RequireText("Question", bag),
                doc.RequireText("Answer", bag),
                doc.RequireList("Key phrases", bag),
                doc.RequireList("Pitfalls", bag),
                doc.RequireList("Follow-ups", bag),
                new SourceLocation(doc.Path, 1));
        }

        public DesignExercise? ReadDesign(string fullPath)
        {
            var doc = ParseMarkdown(fullPath);
            if (doc?.FrontMatter is not { } fm)
            {
                return null;
            }
            var c = Common(doc, fm, Path.GetFileNameWithoutExtension(fullPath));
            return new DesignExercise(
                c.Id, c.Title, c.Topic, c.Level, c.Rounds, c.Companies, c.Status,
                Minutes(doc, fm, 45),
                doc.RequireText("Prompt", bag),
                doc.RequireList("Clarifying questions", bag),
                Hints(doc, required: true),
                doc.RequireText("Reference answer", bag),
                ReadRubric(doc),
                doc.RequireList("Checklist", bag),
                doc.RequireList("Key phrases", bag),
                new SourceLocation(doc.Path, 1));
        }

        public ModelingExercise? ReadModeling(string fullPath)
        {
            var doc = ParseMarkdown(fullPath);
            if (doc?.FrontMatter is not { } fm)
            {
                return null;
            }
            var c = Common(doc, fm, Path.GetFileNameWithoutExtension(fullPath));
            var ddl = RequireCode(doc, "Reference DDL");
            var data = RequireCode(doc, "Sample data");
            var questions = new List<BusinessQuestion>();
            if (doc.Require("Business questions", bag) is { } section)
            {
                foreach (var (title, line, blocks) in section.SubSections())
                {
                    var sql = section.FirstCode(blocks);
                    if (string.IsNullOrWhiteSpace(sql))
                    {
                        bag.Add(doc.Path, line, $"business question '{title}' needs a ```sql block with its query");
                        continue;
                    }
                    questions.Add(new BusinessQuestion(title, sql));
                }
                if (questions.Count == 0 && section.SubSections().Count == 0)
                {
                    bag.Add(doc.Path, section.Line, "section '## Business questions' needs '### question' sub-sections, each with a ```sql block");
                }
            }
            return new ModelingExercise(
                c.Id, c.Title, c.Topic, c.Level, c.Rounds, c.Companies, c.Status,
                Minutes(doc, fm, 45),
                doc.RequireText("Prompt", bag),
                doc.RequireList("Clarifying questions", bag),
                Hints(doc, required: true),
                doc.RequireText("Reference answer", bag),
                ddl,
                data,
                questions,
                ReadRubric(doc),
                doc.RequireList("Checklist", bag),
                doc.RequireList("Key phrases", bag),
                new SourceLocation(doc.Path, 1));
        }

        public BehavioralPrompt? ReadBehavioral(string fullPath)
        {
            var doc = ParseMarkdown(fullPath);
            if (doc?.FrontMatter is not { } fm)
            {
                return null;
            }
            var c = Common(doc, fm, Path.GetFileNameWithoutExtension(fullPath));
            return new BehavioralPrompt(
                c.Id, c.Title, c.Topic, c.Level, c.Rounds, c.Companies, c.Status,
                Minutes(doc, fm, 10),
                doc.RequireText("Prompt", bag),
                doc.RequireText("What it assesses", bag),
                doc.RequireText("STAR guidance", bag),
                doc.RequireList("Pitfalls", bag),
                doc.RequireText("Outline answer", bag),
                doc.RequireList("Key phrases", bag),
                ReadRubric(doc),
                new SourceLocation(doc.Path, 1));
        }

        public Guide? ReadGuide(string fullPath)
        {
            var doc = ParseMarkdown(fullPath);
            if (doc?.FrontMatter is not { } fm)
            {
                return null;
            }
            var id = fm.RequireString("id", bag);
            var expected = Path.GetFileNameWithoutExtension(fullPath);
            if (id.Length > 0 && id != expected)
            {
                bag.Add(doc.Path, fm.LineOf("id"), $"id '{id}' does not match the file name '{expected}'");
            }
            var kind = fm.String("kind") ?? "guide";
            string[] kinds = ["cheat-sheet", "role", "interview-day", "guide"];
            if (!kinds.Contains(kind))
            {
                bag.Add(doc.Path, fm.LineOf("kind"), $"unknown guide kind '{kind}' (known: {string.Join(", ", kinds)})");
            }
            var body = doc.Text;
            var fmEnd = body.IndexOf("\n---", 3, StringComparison.Ordinal);
            body = fmEnd > 0 ? body[(fmEnd + 4)..].Trim() : body;
            if (body.Length == 0)
            {
                bag.Add(doc.Path, 1, "guide has no body text");
            }
            return new Guide(id, fm.RequireString("title", bag), kind, fm.Int("order", bag) ?? 100, body, new SourceLocation(doc.Path, 1));
        }

        private string RequireCode(MarkdownDocument doc, string title)
        {
            var section = doc.Require(title, bag);
            if (section is null)
            {
                return "";
            }
            var code = section.FirstCode();
            if (string.IsNullOrWhiteSpace(code))
            {
                bag.Add(doc.Path, section.Line, $"section '## {title}' needs a ```sql code block");
                return "";
            }
            return code;
        }
    }
}
