using Grain.Testing;
using Grain.Core.Content;

namespace Grain.Content.Tests;

/// <summary>A content kind registered with one line is read, indexed and checked like the built-in ones.</summary>
public sealed class ContentKindTests
{
    private static readonly ContentKinds WithQuizzes = ContentKinds.Builtin.With(new FlashQuizKind());

    private const string Quiz = """
        ---
        id: quiz-one
        title: Grouping quiz
        topic: sql-basics
        level: junior
        rounds: [phone-screen]
        ---
        ## Prompt
        What does HAVING filter?

        ## Answer
        Groups, after aggregation.
        """;

    [Fact]
    public void Should_Load_Index_And_Query_A_Registered_Kind()
    {
        // Given
        using var fixture = ContentFixture.Create();
        Write(fixture, "quizzes/quiz-one.md", Quiz);

        // When
        var result = ContentLoader.Load([fixture.Root], WithQuizzes);

        // Then
        result.Diagnostics.ShouldBeEmpty();
        var lib = result.Library;
        var quiz = lib.OfKind<FlashQuiz>().ShouldHaveSingleItem();
        quiz.Answer.ShouldBe("Groups, after aggregation.");
        lib.Find("quiz-one").ShouldBeSameAs(quiz);
        lib.Find<FlashQuiz>("quiz-one").ShouldBeSameAs(quiz);
        lib.Query(new ContentQuery(Kind: "flashquiz")).ShouldBe([quiz]);
        lib.Query(new ContentQuery(Text: "having")).ShouldContain(quiz);
        lib.OfKind("flashquiz").ShouldBe([quiz]);
        lib.KindOf(quiz)!.Title.ShouldBe("Flash quiz");
        lib.UrlOf(quiz).ShouldBe("/quizzes/quiz-one");
        lib.Kinds.Select(k => k.Id).ShouldBe(["card", "problem", "design", "modeling", "behavioral", "flashquiz"]);
        lib.Cards.Single().Id.ShouldBe("card-one");
        lib.Problems.Single().Id.ShouldBe("sum-values");
        lib.Items.Count.ShouldBe(6);
    }

    [Fact]
    public void Should_Leave_A_Folder_Alone_When_Its_Kind_Is_Not_Registered()
    {
        // Given
        using var fixture = ContentFixture.Create();
        Write(fixture, "quizzes/quiz-one.md", Quiz);

        // When
        var result = ContentLoader.Load(fixture.Root);

        // Then
        result.Diagnostics.ShouldBeEmpty();
        result.Library.Find("quiz-one").ShouldBeNull();
        result.Library.OfKind<FlashQuiz>().ShouldBeEmpty();
        result.Library.Items.Count.ShouldBe(5);
    }

    [Fact]
    public void Should_Report_A_Missing_Or_Empty_Section_Of_A_Registered_Kind_With_Its_File_And_Line()
    {
        // Given: one quiz without '## Answer', one with an empty '## Prompt' on line 8
        using var fixture = ContentFixture.Create();
        Write(fixture, "quizzes/quiz-one.md", Quiz[..Quiz.IndexOf("## Answer", StringComparison.Ordinal)]);
        Write(fixture, "quizzes/quiz-two.md", Quiz.Replace("quiz-one", "quiz-two").Replace("What does HAVING filter?", ""));

        // When
        var diagnostics = ContentLoader.Load([fixture.Root], WithQuizzes).Diagnostics.Select(d => d.ToString()).ToList();

        // Then
        diagnostics.ShouldBe(["quizzes/quiz-one.md:1: missing section '## Answer'", "quizzes/quiz-two.md:8: section '## Prompt' is empty"]);
    }

    [Fact]
    public void Should_Report_The_Common_Fields_Of_A_Registered_Kind()
    {
        // Given: the id does not match the file name and the level is unknown
        using var fixture = ContentFixture.Create();
        Write(fixture, "quizzes/other-name.md", Quiz.Replace("level: junior", "level: expert"));

        // When
        var diagnostics = ContentLoader.Load([fixture.Root], WithQuizzes).Diagnostics.Select(d => d.ToString()).ToList();

        // Then
        diagnostics.ShouldBe([
            "quizzes/other-name.md:2: id 'quiz-one' does not match the file name 'other-name'",
            "quizzes/other-name.md:5: unknown level 'expert' (known: junior, mid, senior)",
        ]);
    }

    [Fact]
    public void Should_Report_An_Id_That_Clashes_With_A_Built_In_Item()
    {
        // Given
        using var fixture = ContentFixture.Create();
        Write(fixture, "quizzes/card-one.md", Quiz.Replace("quiz-one", "card-one"));

        // When
        var diagnostics = ContentLoader.Load([fixture.Root], WithQuizzes).Diagnostics.Select(d => d.ToString()).ToList();

        // Then
        diagnostics.ShouldBe(["quizzes/card-one.md:1: duplicate item id 'card-one' (first defined in cards/sql-basics/card-one.md)"]);
    }

    [Fact]
    public void Should_Load_One_Item_Of_A_Registered_Kind_Alone()
    {
        // Given
        using var fixture = ContentFixture.Create();
        Write(fixture, "quizzes/quiz-one.md", Quiz);

        // When
        var result = ContentLoader.LoadItem([fixture.Root], "quiz-one", WithQuizzes);

        // Then
        result.ShouldNotBeNull();
        result.Diagnostics.ShouldBeEmpty();
        result.Library.Items.ShouldHaveSingleItem().ShouldBeOfType<FlashQuiz>().Id.ShouldBe("quiz-one");
        ContentLoader.LoadItem([fixture.Root], "quiz-one").ShouldBeNull();
    }

    [Fact]
    public void Should_Read_A_Registered_Kind_Through_The_Cache_Loader_Every_Time()
    {
        // Given
        using var fixture = ContentFixture.Create();
        using var cache = ContentFixture.Create();
        Write(fixture, "quizzes/quiz-one.md", Quiz);
        var cacheDir = Path.Combine(cache.Root, "cache");

        // When
        var first = ContentCache.Load([fixture.Root], cacheDir, TextWriter.Null, WithQuizzes);
        File.WriteAllText(Path.Combine(fixture.Root, "quizzes", "quiz-one.md"), Quiz.Replace("Grouping quiz", "Renamed quiz"));
        var second = ContentCache.Load([fixture.Root], cacheDir, TextWriter.Null, WithQuizzes);

        // Then: no cache is kept (it holds the built-in kinds only), so the edit is seen at once
        first.Library.Find("quiz-one")!.Title.ShouldBe("Grouping quiz");
        second.Library.Find("quiz-one")!.Title.ShouldBe("Renamed quiz");
        Directory.Exists(cacheDir).ShouldBeFalse();
    }

    [Fact]
    public void Should_Say_Which_Mock_Rounds_Rubric_Prompt_And_Reference_Each_Kind_Gives()
    {
        // Given
        using var fixture = ContentFixture.Create();
        Write(fixture, "quizzes/quiz-one.md", Quiz);
        var lib = ContentLoader.Load([fixture.Root], WithQuizzes).Library;

        // When
        var fits = lib.Items.ToDictionary(i => i.Id, i => lib.KindOf(i)!.MockRoundsOf(i));

        // Then
        fits["quiz-one"].ShouldBe([RoundType.PhoneScreen]);
        fits["card-one"].ShouldBe([RoundType.PhoneScreen]);
        fits["sum-values"].ShouldBe([RoundType.Coding]);
        fits["design-one"].ShouldBe([RoundType.SystemDesign]);
        fits["model-one"].ShouldBe([RoundType.DataModeling]);
        fits["story-one"].ShouldBe([RoundType.Behavioral]);
        lib.RubricOf(lib.Designs.Single()).ShouldBeSameAs(lib.Designs.Single().Rubric);
        lib.RubricOf(lib.Find("quiz-one")!).ShouldBeNull();
        lib.RubricOf(lib.Cards.Single()).ShouldBeNull();
        var quizKind = lib.KindOf(lib.Find("quiz-one")!)!;
        quizKind.PromptOf(lib.Find("quiz-one")!).ShouldBe("What does HAVING filter?");
        quizKind.ReferenceOf(lib.Find("quiz-one")!).ShouldBe("### Answer\n\nGroups, after aggregation.");
        ContentKinds.Card.PromptOf(lib.Cards.Single()).ShouldBe("What does GROUP BY do?");
        ContentKinds.Card.ReferenceOf(lib.Cards.Single()).ShouldBe(lib.Cards.Single().Answer);
    }

    [Fact]
    public void Should_Refuse_A_Kind_Whose_Id_Folder_Or_Page_Prefix_Is_Taken()
    {
        Should.Throw<ArgumentException>(() => WithQuizzes.With(new FlashQuizKind())).Message.ShouldContain("content kind 'flashquiz' is already registered");
        Should.Throw<ArgumentException>(() => ContentKinds.Builtin.With(new OtherKind("other", "cards", "/other"))).Message.ShouldContain("already used by kind 'card'");
        Should.Throw<ArgumentException>(() => ContentKinds.Builtin.With(new OtherKind("other", "guides", "/other"))).Message.ShouldContain("is not a folder for items");
        Should.Throw<ArgumentException>(() => ContentKinds.Builtin.With(new OtherKind("other", "other", "/practice"))).Message.ShouldContain("page prefix '/practice'");
        Should.Throw<ArgumentException>(() => ContentKinds.Builtin.With(new OtherKind("Other Kind", "other", "/other"))).Message.ShouldContain("lowercase letters");
        ContentKinds.Builtin.Count.ShouldBe(5);
    }

    [Fact]
    public void Should_Stop_A_Load_When_A_Kind_Reads_Records_Of_Another_Kind()
    {
        // Given: a kind 'other' whose reader returns flash quizzes
        using var fixture = ContentFixture.Create();
        Write(fixture, "others/quiz-one.md", Quiz);
        var kinds = ContentKinds.Builtin.With(new OtherKind("other", "others", "/others", new FlashQuizKind()));

        // When / Then
        Should.Throw<InvalidOperationException>(() => ContentLoader.Load([fixture.Root], kinds))
            .Message.ShouldBe("content kind 'other' read a record of kind 'flashquiz' from others/quiz-one.md; its records' Kind must be 'other'");
    }

    private static void Write(ContentFixture fixture, string relativePath, string text)
    {
        var path = Path.Combine(fixture.Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private sealed class OtherKind(string id, string folder, string prefix, FlashQuizKind? reads = null) : ContentKind<FlashQuiz>
    {
        public override string Id => id;
        public override string Title => id;
        public override string Folder => folder;
        public override string UrlPrefix => prefix;

        public override FlashQuiz? Read(ContentReader reader, string path) => reads?.Read(reader, path);
    }
}
