using System.Diagnostics;
using Grain.Core.Judging;
using Grain.Testing;

namespace Grain.Judge.Tests.Python;

public sealed class HostileSubmissionTests
{
    public static IEnumerable<object[]> Cases => CorpusCase.All("hostile");

    [RequiresTheory("bubblewrap", "python")]
    [MemberData(nameof(Cases))]
    public async Task Should_Contain_A_Hostile_Submission_And_Leave_The_Host_Unharmed(string file)
    {
        // Given
        var @case = CorpusCase.Load(Path.Combine(JudgeFixture.CorpusDirectory, file));
        var secret = "/tmp/grain-host-secret";
        File.WriteAllText(secret, "secret");
        var clock = Stopwatch.StartNew();

        // When
        var report = await JudgeFixture.Judge.JudgeAsync(new JudgeRequest(@case.Problem, "python", @case.Code, ExamplesOnly: true));

        // Then
        CorpusAssert.Matches(@case, report);
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(60));
        File.Exists("/tmp/grain-hostile-flood").ShouldBeFalse();
        File.Exists("/grain-hostile-marker").ShouldBeFalse();
        File.Exists("/usr/grain-hostile-marker").ShouldBeFalse();
        LeftoverProcesses().ShouldBeEmpty();
    }

    private static List<string> LeftoverProcesses()
    {
        var found = new List<string>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            try
            {
                var cmdline = File.ReadAllText(Path.Combine(dir, "cmdline")).Replace('\0', ' ');
                if (cmdline.Contains("grain-hostile-marker", StringComparison.Ordinal) && !cmdline.Contains("dotnet", StringComparison.Ordinal))
                {
                    found.Add(Path.GetFileName(dir) + ": " + cmdline);
                }
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
        return found;
    }
}
