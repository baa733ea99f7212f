using Grain.Judge.Python;

namespace Grain.Judge.Tests.Python;

/// <summary>The harness's frame kinds are named once, in HarnessFrame, and harness.py holds the block generated from it.</summary>
public sealed class HarnessFrameTests
{
    private static readonly string Harness = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Python", "harness.py")).ReplaceLineEndings("\n");

    [Fact]
    public void Should_Hold_The_Generated_Frame_Block_In_The_Harness()
    {
        // Then: on a mismatch, paste HarnessFrame.PythonBlock() over the block in harness.py
        Harness.ShouldContain(HarnessFrame.PythonBlock() + "\n");
    }

    [Fact]
    public void Should_Write_Every_Frame_Through_Its_Named_Constant()
    {
        // Given
        var code = Harness.Replace(HarnessFrame.PythonBlock(), "", StringComparison.Ordinal);

        // Then: no tag is spelled out, and every kind the host reads is written somewhere
        code.ShouldNotContain("ch.frame(\"");
        HarnessFrame.All.ShouldAllBe(f => code.Contains("ch.frame(" + f.PythonName));
        HarnessFrame.All.Select(f => f.Tag).ShouldBeUnique();
    }
}
