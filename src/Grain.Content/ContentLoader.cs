using Grain.Core.Content;

namespace Grain.Content;

/// <summary>What loading a content folder produced: the library (everything that parsed) and every problem found.</summary>
public sealed record ContentLoadResult(ContentLibrary Library, IReadOnlyList<ContentDiagnostic> Diagnostics);

/// <summary>Reads every file under a content folder into typed records and checks the rules of docs/CONTENT.md.</summary>
public static partial class ContentLoader
{
    /// <summary>Loads a content folder. Never throws for bad content: problems become diagnostics.</summary>
    public static ContentLoadResult Load(string contentDirectory) => Load([contentDirectory]);

    /// <summary>
    /// Loads the library root and the packs beside it (the first folder is the library, the others are packs) into
    /// one library; an id defined in two folders is reported at the second file, naming the first.
    /// </summary>
    public static ContentLoadResult Load(IReadOnlyList<string> contentDirectories)
    {
        if (contentDirectories.Count == 0)
        {
            throw new ArgumentException("at least one content folder is needed", nameof(contentDirectories));
        }
        var roots = contentDirectories.Select(d => Path.GetFullPath(d)).Distinct(StringComparer.Ordinal).ToList();
        var bag = new DiagnosticBag();
        var topics = new List<Topic>();
        var skills = new List<SkillArea>();
        var companies = new List<CompanyProfile>();
        var cards = new List<ConceptCard>();
        var problems = new List<Problem>();
        var designs = new List<DesignExercise>();
        var models = new List<ModelingExercise>();
        var behavioral = new List<BehavioralPrompt>();
        var guides = new List<Guide>();
        for (var i = 0; i < roots.Count; i++)
        {
            var reader = new Reader(roots[i], bag, pack: i > 0);
            topics.AddRange(reader.ReadTopics());
            skills.AddRange(reader.ReadSkills());
            companies.AddRange(reader.ReadCompanies());
            cards.AddRange(reader.ReadAll("cards", reader.ReadCard, recursive: true));
            problems.AddRange(reader.ReadProblems());
            designs.AddRange(reader.ReadAll("design", reader.ReadDesign));
            models.AddRange(reader.ReadAll("modeling", reader.ReadModeling));
            behavioral.AddRange(reader.ReadAll("behavioral", reader.ReadBehavioral));
            guides.AddRange(reader.ReadAll("guides", reader.ReadGuide));
        }

        var library = new ContentLibrary(roots[0], topics, skills, companies, cards, problems, designs, models, behavioral, guides) { Roots = roots };
        CrossReferences.Check(library, bag);
        var ordered = bag.Items
            .OrderBy(d => d.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Line)
            .ToList();
        return new ContentLoadResult(library, ordered);
    }
}
