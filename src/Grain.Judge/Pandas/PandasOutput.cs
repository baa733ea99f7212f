using System.Text.Json;
using System.Text.Json.Nodes;
using Grain.Judge.Python;
using Grain.Judge.Sql.Comparison;

namespace Grain.Judge.Pandas;

/// <summary>What one call of a pandas answer returned: a frame read into a result set, or an error.</summary>
/// <remarks><paramref name="PeakKb"/> is how much the process's peak resident memory grew during the call.</remarks>
internal sealed record PandasCall(string Id, ResultSet? Result, IReadOnlyList<string> Dtypes, HarnessError? Error, long CpuMs, long PeakKb, bool InputChanged, bool? RerunSame, string? RerunError);

/// <summary>The parsed result channel of one pandas harness process.</summary>
internal sealed class PandasOutput
{
    public bool Ready { get; private set; }

    public bool Done { get; private set; }

    public HarnessError? CompileError { get; private set; }

    /// <summary>The harness could not start pandas (an installation problem, not the candidate's).</summary>
    public string? InternalError { get; private set; }

    /// <summary>True when a line did not carry the run's nonce, or a frame was out of place: something other than the harness wrote to the channel.</summary>
    public bool Forged { get; private set; }

    public Dictionary<string, PandasCall> Calls { get; } = new(StringComparer.Ordinal);

    /// <summary>Parses the framed lines of a run: <c>R</c> ready, <c>B</c> call begins, <c>C</c> columns, <c>W</c> a row, <c>E</c> call ends, <c>X</c> call failed, <c>D</c> done.</summary>
    public static PandasOutput Parse(IReadOnlyList<string> lines, string nonce)
    {
        var output = new PandasOutput();
        var prefix = nonce + " ";
        string? current = null;
        List<string> columns = [];
        List<string> dtypes = [];
        var rows = new List<object?[]>();
        foreach (var line in lines)
        {
            if (!line.StartsWith(prefix, StringComparison.Ordinal) || line.Length < prefix.Length + 1)
            {
                output.Forged = true;
                continue;
            }
            var rest = line[prefix.Length..];
            var space = rest.IndexOf(' ');
            var tag = space < 0 ? rest : rest[..space];
            var payload = space < 0 ? "" : rest[(space + 1)..];
            try
            {
                switch (tag)
                {
                    case "R":
                        output.Ready = true;
                        break;
                    case "D":
                        output.Done = true;
                        break;
                    case "IE":
                        output.InternalError = JsonNode.Parse(payload)?["message"]?.GetValue<string>() ?? "pandas did not start";
                        break;
                    case "CE":
                        output.CompileError = Error(JsonNode.Parse(payload));
                        break;
                    case "B":
                        current = payload.Trim();
                        columns = [];
                        dtypes = [];
                        rows = [];
                        break;
                    case "C":
                        {
                            var (id, json) = Split(payload);
                            if (id != current)
                            {
                                output.Forged = true;
                                break;
                            }
                            columns = json["columns"]!.AsArray().Select(n => n!.GetValue<string>()).ToList();
                            dtypes = json["dtypes"]!.AsArray().Select(n => n!.GetValue<string>()).ToList();
                            break;
                        }
                    case "W":
                        rows.Add(Row(payload, columns.Count));
                        break;
                    case "E":
                        {
                            var (id, json) = Split(payload);
                            if (id != current || json["rows"]!.GetValue<int>() != rows.Count)
                            {
                                output.Forged = true;
                                break;
                            }
                            output.Calls[id] = new PandasCall(id, new ResultSet(columns, rows), dtypes, null, json["cpu_ms"]!.GetValue<long>(),
                                json["peak_kb"]?.GetValue<long>() ?? 0, json["input_changed"]!.GetValue<bool>(), json["rerun_same"]?.GetValue<bool>(), json["rerun_error"]?.GetValue<string>());
                            current = null;
                            break;
                        }
                    case "X":
                        {
                            var (id, json) = Split(payload);
                            output.Calls[id] = new PandasCall(id, null, [], Error(json), 0, 0, false, null, null);
                            current = null;
                            break;
                        }
                    default:
                        output.Forged = true;
                        break;
                }
            }
            catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException or NullReferenceException or KeyNotFoundException)
            {
                output.Forged = true;
            }
        }
        return output;
    }

    /// <summary>The call that began but did not finish, if any.</summary>
    public static string? Unfinished(IReadOnlyList<string> lines, string nonce, PandasOutput output)
    {
        var begin = nonce + " B ";
        return lines.Where(l => l.StartsWith(begin, StringComparison.Ordinal)).Select(l => l[begin.Length..].Trim()).LastOrDefault(id => !output.Calls.ContainsKey(id));
    }

    private static (string Id, JsonObject Json) Split(string payload)
    {
        var space = payload.IndexOf(' ');
        return (payload[..space], JsonNode.Parse(payload[(space + 1)..])!.AsObject());
    }

    private static HarnessError Error(JsonNode? node) => new(
        node?["type"]?.GetValue<string>() ?? "error",
        node?["message"]?.GetValue<string>() ?? "",
        node?["line"]?.GetValueKind() == JsonValueKind.Number ? node["line"]!.GetValue<int>() : null,
        node?["kind"]?.GetValue<string>() ?? "exception");

    /// <summary>One row of cells: null, long, double or string, as the SQL judge's values.</summary>
    private static object?[] Row(string json, int width)
    {
        using var document = JsonDocument.Parse(json);
        var cells = document.RootElement.EnumerateArray().Select(Cell).ToArray();
        if (cells.Length != width)
        {
            throw new FormatException($"a row of {cells.Length} cells under {width} columns");
        }
        return cells;
    }

    private static object? Cell(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.True => 1L,
        JsonValueKind.False => 0L,
        JsonValueKind.String => e.GetString(),
        JsonValueKind.Number when e.TryGetInt64(out var l) && !e.GetRawText().Contains('.') && !e.GetRawText().Contains('e', StringComparison.OrdinalIgnoreCase) => l,
        JsonValueKind.Number => e.GetDouble(),
        JsonValueKind.Object when e.TryGetProperty("$float", out var f) => f.GetString() == "inf" ? double.PositiveInfinity : double.NegativeInfinity,
        _ => throw new FormatException("an unexpected cell: " + e.GetRawText()),
    };
}
