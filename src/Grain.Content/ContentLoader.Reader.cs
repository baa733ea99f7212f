using Grain.Core.Content;
using YamlDotNet.RepresentationModel;

namespace Grain.Content;

public static partial class ContentLoader
{
    /// <summary>
    /// Reads the files of one content folder, reporting into a shared bag. A pack (a root added beside the library)
    /// may leave out topics.yaml and skills.yaml, and its files are named by full path.
    /// </summary>
    internal sealed partial class Reader(string root, DiagnosticBag bag, bool pack = false)
    {
        private string Rel(string fullPath) => pack ? Path.GetFullPath(fullPath) : Path.GetRelativePath(root, fullPath).Replace('\\', '/');

        private string? ReadText(string fullPath)
        {
            try
            {
                return File.ReadAllText(fullPath);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                bag.Add(Rel(fullPath), 1, $"cannot read file: {ex.Message}");
                return null;
            }
        }

        public IReadOnlyList<T> ReadAll<T>(string folder, Func<string, T?> read, bool recursive = false) where T : class
        {
            var dir = Path.Combine(root, folder);
            if (!Directory.Exists(dir))
            {
                return [];
            }
            var option = recursive ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly;
            return Directory.EnumerateFiles(dir, "*.md", option)
                .Order(StringComparer.Ordinal)
                .Select(read)
                .OfType<T>()
                .ToList();
        }

        public MarkdownDocument? ParseMarkdown(string fullPath)
        {
            var text = ReadText(fullPath);
            return text is null ? null : MarkdownDocument.Parse(Rel(fullPath), text, bag);
        }

        private YamlMappingNode? ParseYaml(string fullPath)
        {
            var text = ReadText(fullPath);
            return text is null ? null : YamlFile.ParseRoot(Rel(fullPath), text, 1, bag);
        }

        /// <summary>Where this reader's problems are reported.</summary>
        public DiagnosticBag Diagnostics => bag;

        /// <summary>The fields every library item has: id, title, topic, level, rounds, companies, status.</summary>
        public (string Id, string Title, string Topic, Level Level, IReadOnlyList<string> Rounds, IReadOnlyList<string> Companies, ContentStatus Status)
            Common(MarkdownDocument doc, FrontMatter fm, string expectedId)
        {
            var id = fm.RequireString("id", bag);
            if (id.Length > 0 && id != expectedId)
            {
                bag.Add(doc.Path, fm.LineOf("id"), $"id '{id}' does not match the file name '{expectedId}'");
            }
            if (id.Length > 0 && !IsSlug(id))
            {
                bag.Add(doc.Path, fm.LineOf("id"), $"id '{id}' must be lowercase letters, digits and dashes");
            }
            var title = fm.RequireString("title", bag);
            var topic = fm.RequireString("topic", bag);
            var level = ParseLevel(doc, fm);
            var rounds = fm.List("rounds", bag);
            foreach (var round in rounds.Where(r => !RoundType.All.Contains(r)))
            {
                bag.Add(doc.Path, fm.LineOf("rounds"), $"unknown round '{round}' (known: {string.Join(", ", RoundType.All)})");
            }
            var companies = fm.List("companies", bag);
            var status = ParseStatus(doc, fm);
            return (id, title, topic, level, rounds, companies, status);
        }

        private Level ParseLevel(MarkdownDocument doc, FrontMatter fm)
        {
            var raw = fm.RequireString("level", bag);
            if (raw.Length == 0)
            {
                return Level.Mid;
            }
            if (Enum.TryParse<Level>(raw, ignoreCase: true, out var level) && !int.TryParse(raw, out _))
            {
                return level;
            }
            bag.Add(doc.Path, fm.LineOf("level"), $"unknown level '{raw}' (known: junior, mid, senior)");
            return Level.Mid;
        }

        private ContentStatus ParseStatus(MarkdownDocument doc, FrontMatter fm)
        {
            var raw = fm.String("status");
            if (raw is null)
            {
                return ContentStatus.Draft;
            }
            if (Enum.TryParse<ContentStatus>(raw, ignoreCase: true, out var status) && !int.TryParse(raw, out _))
            {
                return status;
            }
            bag.Add(doc.Path, fm.LineOf("status"), $"unknown status '{raw}' (known: draft, reviewed)");
            return ContentStatus.Draft;
        }

        public IReadOnlyList<Hint> Hints(MarkdownDocument doc, bool required)
        {
            var hints = doc.Sections
                .Where(s => s.Title.StartsWith("Hint", StringComparison.OrdinalIgnoreCase))
                .Select((s, i) => (Section: s, Index: i))
                .ToList();
            foreach (var (section, index) in hints)
            {
                var expected = $"Hint {index + 1}";
                if (!string.Equals(section.Title, expected, StringComparison.OrdinalIgnoreCase))
                {
                    bag.Add(doc.Path, section.Line, $"hint sections must be numbered in order: expected '## {expected}', found '## {section.Title}'");
                }
                if (section.Body.Length == 0)
                {
                    bag.Add(doc.Path, section.Line, $"section '## {section.Title}' is empty");
                }
            }
            if (required && hints.Count == 0)
            {
                bag.Add(doc.Path, 1, "missing section '## Hint 1' (give at least one hint)");
            }
            return hints.Select(h => new Hint(h.Index + 1, h.Section.Body)).ToList();
        }

        public Rubric ReadRubric(MarkdownDocument doc)
        {
            var section = doc.Require("Rubric", bag);
            if (section is null)
            {
                return new Rubric([], [], []);
            }
            var subs = section.SubSections();
            IReadOnlyList<string> Level(string name)
            {
                var sub = subs.FirstOrDefault(s => string.Equals(s.Title, name, StringComparison.OrdinalIgnoreCase));
                if (sub.Title is null)
                {
                    bag.Add(doc.Path, section.Line, $"rubric is missing the '### {name}' level (a rubric needs Strong Hire, Lean Hire and No Hire)");
                    return [];
                }
                var items = section.ListItemsOf(sub.Blocks);
                if (items.Count == 0)
                {
                    bag.Add(doc.Path, sub.Line, $"rubric level '### {name}' has no criteria ('- criterion' lines)");
                }
                return items;
            }
            return new Rubric(Level("Strong Hire"), Level("Lean Hire"), Level("No Hire"));
        }

        private int Minutes(MarkdownDocument doc, FrontMatter fm, int fallback)
        {
            var minutes = fm.Int("minutes", bag) ?? fallback;
            if (minutes is < 1 or > 240)
            {
                bag.Add(doc.Path, fm.LineOf("minutes"), $"minutes must be between 1 and 240, not {minutes}");
                return fallback;
            }
            return minutes;
        }

        internal static bool IsSlug(string id) =>
            id.Length > 0 && id.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-') && id[0] != '-' && id[^1] != '-';
    }
}
