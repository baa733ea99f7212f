using Grain.Core.Content;

namespace Grain.Content.Tests;

public sealed class ContentCheckTests
{
    public static TheoryData<string> BrokenCases() => new(ContentFixture.BrokenCases());

    [Fact]
    public void Should_Load_The_Valid_Fixture_Without_Problems()
    {
        // Given
        using var fixture = ContentFixture.Create();

        // When
        var result = ContentLoader.Load(fixture.Root);

        // Then
        result.Diagnostics.ShouldBeEmpty();
        var lib = result.Library;
        lib.Topics.Count.ShouldBe(2);
        lib.Skills.Single().Level5.ShouldBe("Tunes plans.");
        lib.Companies.Single().Rounds.Single().Minutes.ShouldBe(45);
        lib.Cards.Single().KeyPhrases.ShouldBe(["one row per key"]);
        lib.Designs.Single().Rubric.NoHire.ShouldBe(["no plan for failures"]);
        lib.Modeling.Single().BusinessQuestions.Single().Question.ShouldBe("Revenue per order");
        lib.Modeling.Single().ReferenceDdl.ShouldContain("CREATE TABLE fact_line");
        lib.Behavioral.Single().Rubric.StrongHire.ShouldBe(["clear ownership"]);
        lib.Problems.Single().Function.ShouldBe("sum_values");
        lib.Problems.Single().Hints.Single().Text.ShouldBe("Keep a running total.");
        lib.Guides.Single().Body.ShouldBe("Some advice.");
    }

    [Theory]
    [MemberData(nameof(BrokenCases))]
    public void Should_Report_Each_Broken_Rule_With_Its_File_And_Line(string brokenCase)
    {
        // Given
        using var fixture = ContentFixture.Create(brokenCase);
        var expected = ContentFixture.ExpectedFor(brokenCase);

        // When
        var diagnostics = ContentLoader.Load(fixture.Root).Diagnostics.Select(d => d.ToString()).ToList();

        // Then
        diagnostics.ShouldContain(d => d.StartsWith(expected, StringComparison.Ordinal),
            $"expected a line starting with '{expected}' but got:\n{string.Join('\n', diagnostics)}");
    }

    [Fact]
    public void Should_Index_By_Topic_Level_Round_Company_And_Text()
    {
        // Given
        using var fixture = ContentFixture.Create();
        var lib = ContentLoader.Load(fixture.Root).Library;

        // When / Then
        lib.Query(new ContentQuery(Topic: "sql-basics")).Select(i => i.Id).ShouldBe(["card-one"]);
        lib.Query(new ContentQuery(Level: Level.Junior)).Select(i => i.Id).ShouldBe(["card-one", "sum-values"], ignoreOrder: true);
        lib.Query(new ContentQuery(Round: "system-design")).Select(i => i.Id).ShouldBe(["design-one"]);
        lib.Query(new ContentQuery(Company: "acme")).Count.ShouldBe(3);
        lib.Query(new ContentQuery(Text: "group by")).Select(i => i.Id).ShouldBe(["card-one"]);
        lib.Query(new ContentQuery(Text: "grain")).Select(i => i.Id).ShouldContain("model-one");
        lib.Find<ConceptCard>("card-one").ShouldNotBeNull();
        lib.Find<ConceptCard>("design-one").ShouldBeNull();
    }

    [Fact]
    public void Should_Never_Throw_On_Garbage_Files()
    {
        // Given
        using var fixture = ContentFixture.Create();
        File.WriteAllBytes(Path.Combine(fixture.Root, "cards", "sql-basics", "junk.md"), [0xff, 0xfe, 0x00, 0x2d, 0x2d, 0x2d]);
        File.WriteAllText(Path.Combine(fixture.Root, "topics.yaml"), "- just\n- a list\n");

        // When
        var result = ContentLoader.Load(fixture.Root);

        // Then
        result.Diagnostics.ShouldContain(d => d.Path == "topics.yaml");
        result.Diagnostics.ShouldContain(d => d.Path == "cards/sql-basics/junk.md");
    }
}
