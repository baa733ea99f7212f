using Grain.Core.Content;

namespace Grain.Content.Tests;

public sealed class ContentCacheTests : IDisposable
{
    private readonly ContentFixture _fixture = ContentFixture.Create();
    private readonly string _cache = Directory.CreateTempSubdirectory("grain-cache-").FullName;
    private readonly StringWriter _notes = new();

    public ContentCacheTests() => Age(_fixture.Root);

    public void Dispose()
    {
        _fixture.Dispose();
        Directory.Delete(_cache, recursive: true);
    }

    // The cache is only written for files older than a couple of seconds; the fixture is dated an hour back.
    private static void Age(string root)
    {
        var past = DateTime.UtcNow.AddHours(-1);
        foreach (var entry in new DirectoryInfo(root).EnumerateFileSystemInfos("*", SearchOption.AllDirectories))
        {
            entry.LastWriteTimeUtc = past;
        }
        Directory.SetLastWriteTimeUtc(root, past);
    }

    private string CacheFile => ContentCache.PathFor(_cache, [Path.GetFullPath(_fixture.Root)]);

    private ContentLoadResult Load() => ContentCache.Load([_fixture.Root], _cache, _notes);

    [Fact]
    public void Should_Write_A_Cache_That_Loads_The_Same_Library()
    {
        // When
        var first = Load();
        var second = Load();

        // Then
        File.Exists(CacheFile).ShouldBeTrue();
        second.Diagnostics.ShouldBeEmpty();
        var lib = second.Library;
        lib.Cards.Single().ShouldBeEquivalentTo(first.Library.Cards.Single());
        lib.Problems.Single().Function.ShouldBe("sum_values");
        lib.Problems.Single().Directory.ShouldBe(first.Library.Problems.Single().Directory);
        lib.Modeling.Single().BusinessQuestions.Single().Question.ShouldBe("Revenue per order");
        lib.Companies.Single().Rounds.Single().Minutes.ShouldBe(45);
        lib.Skills.Single().Level5.ShouldBe("Tunes plans.");
        lib.Guides.Single().Body.ShouldBe("Some advice.");
        lib.Find("card-one").ShouldNotBeNull().Kind.ShouldBe("card");
        lib.Query(new ContentQuery(Text: "running total")).Count.ShouldBe(first.Library.Query(new ContentQuery(Text: "running total")).Count);
        _notes.ToString().ShouldBeEmpty();
    }

    [Fact]
    public void Should_Pick_Up_A_Changed_File_On_The_Next_Load()
    {
        // Given
        Load().Library.Cards.Single().Title.ShouldBe("Card one");
        File.Exists(CacheFile).ShouldBeTrue();
        var card = Directory.EnumerateFiles(_fixture.Root, "card-one.md", SearchOption.AllDirectories).Single();
        var text = File.ReadAllText(card);
        var title = text.Split('\n').First(l => l.StartsWith("title:", StringComparison.Ordinal));

        // When
        // Same length: only the timestamp tells the change apart.
        File.WriteAllText(card, text.Replace(title, title.Replace("one", "two")));

        // Then
        Load().Library.Cards.Single().Title.ShouldBe("Card two");
    }

    [Fact]
    public void Should_Pick_Up_An_Added_File_And_Report_Its_Errors()
    {
        // Given
        Load();

        // When
        File.WriteAllText(Path.Combine(_fixture.Root, "design", "design-two.md"), "no front matter here\n");
        var result = Load();

        // Then
        result.Diagnostics.ShouldContain(d => d.ToString() == "design/design-two.md:1: missing YAML front matter (a block between '---' lines at the top of the file)");
    }

    [Fact]
    public void Should_Keep_Reporting_Errors_From_The_Cache()
    {
        // Given
        var broken = Path.Combine(_fixture.Root, "design", "design-two.md");
        File.WriteAllText(broken, "no front matter here\n");
        Age(_fixture.Root);
        var first = Load();

        // When
        var second = Load();

        // Then
        File.Exists(CacheFile).ShouldBeTrue();
        second.Diagnostics.Select(d => d.ToString()).ShouldBe(first.Diagnostics.Select(d => d.ToString()));
        second.Diagnostics.ShouldContain(d => d.Severity == ContentSeverity.Error && d.Path == "design/design-two.md" && d.Line == 1);
    }

    [Fact]
    public void Should_Ignore_A_Corrupt_Cache_With_A_Note_And_Rewrite_It()
    {
        // Given
        Load();
        File.WriteAllText(CacheFile, "{\"Version\": \"x\", \"Roots\": [");

        // When
        var result = Load();

        // Then
        result.Library.Problems.Single().Id.ShouldBe("sum-values");
        _notes.ToString().ShouldContain("ignoring the content cache " + CacheFile);
        _notes.GetStringBuilder().Clear();
        Load().Library.Problems.Single().Id.ShouldBe("sum-values");
        _notes.ToString().ShouldBeEmpty();
    }

    [Fact]
    public void Should_Ignore_A_Cache_With_Missing_Fields()
    {
        // Given
        Load();
        File.WriteAllText(CacheFile, "{\"Version\": \"x\"}");

        // When
        var result = Load();

        // Then
        result.Library.Cards.Count.ShouldBe(1);
        _notes.ToString().ShouldContain("ignoring the content cache");
    }

    [Fact]
    public void Should_Load_Without_A_Cache_When_The_Data_Folder_Cannot_Be_Created()
    {
        // Given: a path under a regular file cannot become a folder
        var file = Path.Combine(_cache, "not-a-folder");
        File.WriteAllText(file, "");

        // When
        var result = ContentCache.Load([_fixture.Root], Path.Combine(file, "cache"), _notes);

        // Then
        result.Library.Problems.Single().Id.ShouldBe("sum-values");
        result.Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void Should_Not_Keep_A_Cache_Of_Files_Still_Being_Written()
    {
        // Given: a file changed just now
        File.AppendAllText(Path.Combine(_fixture.Root, "guides", "guide-one.md"), "\nMore advice.\n");

        // When
        Load();

        // Then
        File.Exists(CacheFile).ShouldBeFalse();
    }

    [Fact]
    public void Should_Load_One_Item_From_Its_Own_File()
    {
        // Given: another file is broken, which only a full load reads
        File.WriteAllText(Path.Combine(_fixture.Root, "design", "design-two.md"), "no front matter here\n");

        // When
        var problem = ContentLoader.LoadItem([_fixture.Root], "sum-values");
        var card = ContentLoader.LoadItem([_fixture.Root], "card-one");

        // Then
        problem.ShouldNotBeNull().Diagnostics.ShouldBeEmpty();
        problem.Library.Find<Problem>("sum-values").ShouldNotBeNull().Function.ShouldBe("sum_values");
        problem.Library.Items.Count.ShouldBe(1);
        card.ShouldNotBeNull().Library.Find<ConceptCard>("card-one").ShouldNotBeNull();
        ContentLoader.LoadItem([_fixture.Root], "no-such-item").ShouldBeNull();
        ContentLoader.LoadItem([_fixture.Root], "../topics").ShouldBeNull();
    }

    [Fact]
    public void Should_Report_Errors_Of_The_One_Item_With_Path_And_Line()
    {
        // Given
        var file = Path.Combine(_fixture.Root, "problems", "sum-values", "problem.md");
        File.WriteAllText(file, File.ReadAllText(file).Replace("language: python", "language: cobol"));

        // When
        var result = ContentLoader.LoadItem([_fixture.Root], "sum-values").ShouldNotBeNull();

        // Then
        result.Diagnostics.ShouldContain(d => d.Path == "problems/sum-values/problem.md" && d.Line > 1 && d.Message.Contains("unknown language 'cobol'"));
    }

    [Fact]
    public void Should_Leave_An_Id_Found_In_Two_Folders_To_The_Full_Load()
    {
        // Given: a pack with a card of the same id
        var pack = Directory.CreateTempSubdirectory("grain-pack-").FullName;
        try
        {
            var card = Directory.EnumerateFiles(_fixture.Root, "card-one.md", SearchOption.AllDirectories).Single();
            Directory.CreateDirectory(Path.Combine(pack, "cards"));
            File.Copy(card, Path.Combine(pack, "cards", "card-one.md"));

            // Then
            ContentLoader.LoadItem([_fixture.Root, pack], "card-one").ShouldBeNull();
        }
        finally
        {
            Directory.Delete(pack, recursive: true);
        }
    }
}
