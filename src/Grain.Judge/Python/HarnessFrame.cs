namespace Grain.Judge.Python;

/// <summary>
/// The frame kinds of harness.py's result channel, in one table. harness.py holds the same names in a block generated from
/// <see cref="PythonBlock"/> (HarnessFrameTests checks the two agree).
/// </summary>
internal static class HarnessFrame
{
    public const string Ready = "R";
    public const string CompileError = "CE";
    public const string Begin = "B";
    public const string Item = "I";
    public const string Pair = "P";
    public const string Value = "V";
    public const string KeptRows = "M";
    public const string End = "E";
    public const string Error = "X";
    public const string Done = "D";

    /// <summary>Every frame kind: its Python constant, its tag and what it carries.</summary>
    public static readonly IReadOnlyList<(string PythonName, string Tag, string Carries)> All =
    [
        ("FRAME_READY", Ready, "the module loaded and defines the function"),
        ("FRAME_COMPILE_ERROR", CompileError, "the module did not load: {type, message, line}"),
        ("FRAME_BEGIN", Begin, "call <id> starts"),
        ("FRAME_ITEM", Item, "one item of a returned list or tuple"),
        ("FRAME_PAIR", Pair, "one [key, value] of a returned dict"),
        ("FRAME_VALUE", Value, "a single returned value"),
        ("FRAME_KEPT_ROWS", KeptRows, "<id> and the input rows as they were after the call (re-run check)"),
        ("FRAME_END", End, "<id> finished: {kind, items, cpu_ms}"),
        ("FRAME_ERROR", Error, "<id> raised: {type, message, line, kind}"),
        ("FRAME_DONE", Done, "every call ran"),
    ];

    /// <summary>First and last line of the generated block in harness.py.</summary>
    public const string BlockStart = "# Frame kinds: generated from Grain.Judge/Python/HarnessFrame.cs (HarnessFrame.PythonBlock), do not edit.";
    public const string BlockEnd = "# End of frame kinds.";

    /// <summary>The constant block harness.py must hold, first and last line included.</summary>
    public static string PythonBlock() =>
        string.Join('\n', All.Select(f => $"{f.PythonName} = \"{f.Tag}\"  # {f.Carries}").Prepend(BlockStart).Append(BlockEnd));

    /// <summary>True when <paramref name="line"/> holds the frame <paramref name="tag"/> at <paramref name="at"/>, followed by a space.</summary>
    public static bool Is(string line, int at, string tag) =>
        line.Length > at + tag.Length && string.CompareOrdinal(line, at, tag, 0, tag.Length) == 0 && line[at + tag.Length] == ' ';
}
