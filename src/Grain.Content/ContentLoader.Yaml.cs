using System.Globalization;
using Grain.Core.Content;
using YamlDotNet.RepresentationModel;

namespace Grain.Content;

public static partial class ContentLoader
{
    internal sealed partial class Reader
    {
        public IReadOnlyList<Topic> ReadTopics()
        {
            var file = Path.Combine(root, "topics.yaml");
            if (!File.Exists(file))
            {
                if (!pack)
                {
                    bag.Add("topics.yaml", 1, "missing topics.yaml (the list of topic ids)");
                }
                return [];
            }
            var map = ParseYaml(file);
            if (map is null)
            {
                return [];
            }
            return Entries(map, "topics", Rel(file))
                .Select(e => new Topic(e.Fields.RequireString("id", bag), e.Fields.RequireString("title", bag), e.Fields.String("description") ?? ""))
                .Where(t => t.Id.Length > 0)
                .ToList();
        }

        public IReadOnlyList<SkillArea> ReadSkills()
        {
            var file = Path.Combine(root, "skills.yaml");
            if (!File.Exists(file))
            {
                if (!pack)
                {
                    bag.Add("skills.yaml", 1, "missing skills.yaml (the self-assessment areas)");
                }
                return [];
            }
            var map = ParseYaml(file);
            if (map is null)
            {
                return [];
            }
            var path = Rel(file);
            var skills = new List<SkillArea>();
            foreach (var entry in Entries(map, "skills", path))
            {
                var fm = entry.Fields;
                var id = fm.RequireString("id", bag);
                var levels = fm.Node("levels") as YamlMappingNode;
                string Level(int n)
                {
                    var text = levels?.Children.TryGetValue(new YamlScalarNode(n.ToString(CultureInfo.InvariantCulture)), out var v) == true
                        ? (v as YamlScalarNode)?.Value?.Trim() : null;
                    if (string.IsNullOrWhiteSpace(text))
                    {
                        bag.Add(path, fm.LineOf("levels"), $"skill '{id}' needs a description for level {n}");
                    }
                    return text ?? "";
                }
                var skill = new SkillArea(id, fm.RequireString("title", bag), Level(1), Level(3), Level(5), fm.List("topics", bag), new SourceLocation(path, entry.Line));
                if (skill.Topics.Count == 0)
                {
                    bag.Add(path, entry.Line, $"skill '{id}' lists no topics that train it");
                }
                skills.Add(skill);
            }
            return skills;
        }

        public IReadOnlyList<CompanyProfile> ReadCompanies()
        {
            var dir = Path.Combine(root, "companies");
            if (!Directory.Exists(dir))
            {
                return [];
            }
            var companies = new List<CompanyProfile>();
            foreach (var file in Directory.EnumerateFiles(dir, "*.yaml").Order(StringComparer.Ordinal))
            {
                var map = ParseYaml(file);
                if (map is null)
                {
                    continue;
                }
                var path = Rel(file);
                var fm = FrontMatter.FromMapping(path, map);
                var id = fm.RequireString("id", bag);
                var expected = Path.GetFileNameWithoutExtension(file);
                if (id.Length > 0 && id != expected)
                {
                    bag.Add(path, fm.LineOf("id"), $"id '{id}' does not match the file name '{expected}'");
                }
                var rounds = new List<LoopRound>();
                if (fm.Node("rounds") is YamlSequenceNode seq)
                {
                    foreach (var item in seq.Children.OfType<YamlMappingNode>())
                    {
                        var r = FrontMatter.FromMapping(path, item);
                        var line = (int)item.Start.Line;
                        var type = r.RequireStringAt("type", line, bag);
                        if (type.Length > 0 && !RoundType.All.Contains(type))
                        {
                            bag.Add(path, line, $"unknown round type '{type}' (known: {string.Join(", ", RoundType.All)})");
                        }
                        var minutesText = r.String("minutes");
                        if (!int.TryParse(minutesText, CultureInfo.InvariantCulture, out var minutes) || minutes is < 5 or > 240)
                        {
                            bag.Add(path, line, $"round minutes must be a number between 5 and 240, not '{minutesText}'");
                            minutes = 45;
                        }
                        rounds.Add(new LoopRound(type, r.String("title") ?? RoundType.Title(type), minutes, r.String("focus") ?? ""));
                    }
                }
                if (rounds.Count == 0)
                {
                    bag.Add(path, fm.LineOf("rounds"), "a company profile needs a list of rounds");
                }
                var emphasis = new Dictionary<string, double>();
                if (fm.Node("emphasis") is YamlMappingNode em)
                {
                    foreach (var (key, value) in em.Children)
                    {
                        var name = (key as YamlScalarNode)?.Value ?? "";
                        if (!double.TryParse((value as YamlScalarNode)?.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var weight) || weight is < 0 or > 1)
                        {
                            bag.Add(path, (int)key.Start.Line, $"emphasis of '{name}' must be a number from 0 to 1");
                            continue;
                        }
                        emphasis[name] = weight;
                    }
                }
                var notes = fm.List("notes", bag);
                companies.Add(new CompanyProfile(id, fm.RequireString("name", bag), fm.String("summary") ?? "", rounds, emphasis, notes, new SourceLocation(path, 1)));
            }
            return companies;
        }

        /// <summary>The mapping entries of a top-level sequence such as <c>topics:</c>.</summary>
        private IEnumerable<(FrontMatter Fields, int Line)> Entries(YamlMappingNode map, string key, string path)
        {
            var root = FrontMatter.FromMapping(path, map);
            if (root.Node(key) is not YamlSequenceNode seq)
            {
                bag.Add(path, 1, $"expected a top-level '{key}:' list");
                yield break;
            }
            foreach (var node in seq.Children)
            {
                if (node is YamlMappingNode item)
                {
                    yield return (FrontMatter.FromMapping(path, item), (int)item.Start.Line);
                }
                else
                {
                    bag.Add(path, (int)node.Start.Line, $"each entry of '{key}' must be a mapping with an id");
                }
            }
        }
    }
}
