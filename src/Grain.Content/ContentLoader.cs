using Grain.Core.Content;

namespace Grain.Content;

/// <summary>What loading a content folder produced: the library (everything that parsed) and every problem found.</summary>
public sealed record ContentLoadResult(ContentLibrary Library, IReadOnlyList<ContentDiagnostic> Diagnostics);

/// <summary>Reads every file under a content folder into typed records and checks the rules of docs/CONTENT.md.</summary>
public static partial class ContentLoader
{
    /// <summary>Loads a content folder. Never throws for bad content: problems become diagnostics.</summary>
    public static ContentLoadResult Load(string contentDirectory)
    {
        var root = Path.GetFullPath(contentDirectory);
        var bag = new DiagnosticBag();
        var reader = new Reader(root, bag);

        var topics = reader.ReadTopics();
        var skills = reader.ReadSkills();
        var companies = reader.ReadCompanies();
        var cards = reader.ReadAll("cards", reader.ReadCard, recursive: true);
        var problems = reader.ReadProblems();
        var designs = reader.ReadAll("design", reader.ReadDesign);
        var models = reader.ReadAll("modeling", reader.ReadModeling);
        var behavioral = reader.ReadAll("behavioral", reader.ReadBehavioral);
        var guides = reader.ReadAll("guides", reader.ReadGuide);

        var library = new ContentLibrary(root, topics, skills, companies, cards, problems, designs, models, behavioral, guides);
        CrossReferences.Check(library, bag);
        var ordered = bag.Items
            .OrderBy(d => d.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Line)
            .ToList();
        return new ContentLoadResult(library, ordered);
    }
}
