using Grain.Testing;
using Grain.Content;

namespace Grain.Cli.Tests;

/// <summary>A content kind registered with one line in the CLI's environment is shown and checked like a built-in one.</summary>
public sealed class ContentKindCommandTests : IDisposable
{
    private const string Quiz = """
        ---
        id: having-quiz
        title: Having quiz
        topic: sql-joins
        level: junior
        ---
        ## Prompt
        What does HAVING filter?

        ## Answer
        Groups, after aggregation.
        """;

    private readonly string _work = Directory.CreateTempSubdirectory("grain-kinds-cli-").FullName;

    // A minimal library: one topic, one skill, and a quiz.
    private string Library(string quiz)
    {
        var dir = Directory.CreateDirectory(Path.Combine(_work, "library")).FullName;
        File.WriteAllText(Path.Combine(dir, "topics.yaml"), "topics:\n  - id: sql-joins\n    title: Joins\n    description: Joins.\n");
        File.WriteAllText(Path.Combine(dir, "skills.yaml"), "skills:\n  - id: sql\n    title: SQL\n    levels:\n      1: a\n      3: b\n      5: c\n    topics: [sql-joins]\n");
        Directory.CreateDirectory(Path.Combine(dir, "quizzes"));
        File.WriteAllText(Path.Combine(dir, "quizzes", "having-quiz.md"), quiz);
        return dir;
    }

    private async Task<CliRunner.Run> RunAsync(ContentKinds kinds, string library, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var variables = new Dictionary<string, string> { ["GRAIN_CONTENT"] = library, ["GRAIN_DATA"] = Path.Combine(_work, "data") };
        var env = CliEnvironment.ForTest(output, error, _work, variables, kinds: kinds);
        var code = await GrainCli.RunAsync(args, env, CancellationToken.None);
        return new CliRunner.Run(code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Should_Show_An_Item_Of_A_Registered_Kind_With_Its_Sections()
    {
        // Given
        var library = Library(Quiz);

        // When
        var shown = await RunAsync(ContentKinds.Builtin.With(new FlashQuizKind()), library, "show", "having-quiz");
        var unregistered = await RunAsync(ContentKinds.Builtin, library, "show", "having-quiz");

        // Then
        shown.ExitCode.ShouldBe(0, shown.Error);
        shown.Out.ShouldContain("Having quiz");
        shown.Out.ShouldContain("flashquiz · sql-joins · junior");
        shown.Out.ShouldContain("Answer");
        shown.Out.ShouldContain("Groups, after aggregation.");
        unregistered.ExitCode.ShouldNotBe(0);
        unregistered.Error.ShouldContain("no card, problem or exercise with id 'having-quiz'");
    }

    [Fact]
    public async Task Should_Check_The_Files_Of_A_Registered_Kind()
    {
        // Given: a quiz without its answer
        var library = Library(Quiz[..Quiz.IndexOf("## Answer", StringComparison.Ordinal)]);

        // When
        var run = await RunAsync(ContentKinds.Builtin.With(new FlashQuizKind()), library, "content", "check", "--quick");

        // Then
        run.ExitCode.ShouldNotBe(0);
        (run.Out + run.Error).ShouldContain("quizzes/having-quiz.md:1: missing section '## Answer'");
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_work, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
