using Grain.Core.Content;

namespace Grain.Content;

/// <summary>Checks that ids are unique and that every reference between content files resolves.</summary>
internal static class CrossReferences
{
    public static void Check(ContentLibrary library, DiagnosticBag bag)
    {
        var topicIds = library.Topics.Select(t => t.Id).ToHashSet();
        var companyIds = library.Companies.Select(c => c.Id).ToHashSet();
        var skillIds = library.Skills.Select(s => s.Id).ToHashSet();

        Duplicates(library.Topics.Select(t => (t.Id, "topics.yaml", 1)), "topic", bag);
        Duplicates(library.Skills.Select(s => (s.Id, s.Source.Path, s.Source.Line)), "skill", bag);
        Duplicates(library.Companies.Select(c => (c.Id, c.Source.Path, 1)), "company", bag);
        Duplicates(library.Items.Select(i => (i.Id, i.Source.Path, 1)).Concat(library.Guides.Select(g => (g.Id, g.Source.Path, 1))), "item", bag);

        foreach (var item in library.Items)
        {
            if (item.Topic.Length > 0 && !topicIds.Contains(item.Topic))
            {
                bag.Add(item.Source.Path, 1, $"unknown topic '{item.Topic}' (not in topics.yaml)");
            }
            foreach (var company in item.Companies.Where(c => !companyIds.Contains(c)))
            {
                bag.Add(item.Source.Path, 1, $"unknown company '{company}' (no companies/{company}.yaml)");
            }
        }
        foreach (var skill in library.Skills)
        {
            foreach (var topic in skill.Topics.Where(t => !topicIds.Contains(t)))
            {
                bag.Add(skill.Source.Path, skill.Source.Line, $"broken reference: skill '{skill.Id}' names unknown topic '{topic}'");
            }
        }
        foreach (var company in library.Companies)
        {
            foreach (var skill in company.Emphasis.Keys.Where(s => skillIds.Count > 0 && !skillIds.Contains(s)))
            {
                bag.Add(company.Source.Path, 1, $"broken reference: emphasis names unknown skill '{skill}' (not in skills.yaml)");
            }
        }
    }

    private static void Duplicates(IEnumerable<(string Id, string Path, int Line)> entries, string what, DiagnosticBag bag)
    {
        foreach (var group in entries.Where(e => e.Id.Length > 0).GroupBy(e => e.Id).Where(g => g.Count() > 1))
        {
            var first = group.First();
            foreach (var dup in group.Skip(1))
            {
                bag.Add(dup.Path, dup.Line, $"duplicate {what} id '{dup.Id}' (first defined in {first.Path})");
            }
        }
    }
}
