using System.Text.Json;
using System.Text.Json.Nodes;
using Grain.Judge.Comparison;

namespace Grain.Judge.Python;

/// <summary>An error the harness reported for a call or at import.</summary>
public sealed record HarnessError(string Type, string Message, int? Line, string Kind);

/// <summary>What one call produced: a result, or an error.</summary>
public sealed record CallOutcome(string Id, CallResult? Result, HarnessError? Error, long CpuMs, JsonArray? RowsAfter);

/// <summary>The parsed result channel of one harness process.</summary>
public sealed class HarnessOutput
{
    public bool Ready { get; private set; }
    public bool Done { get; private set; }
    public HarnessError? CompileError { get; private set; }

    /// <summary>True when a line did not carry the run's nonce: something other than the harness wrote to the channel.</summary>
    public bool Forged { get; private set; }

    /// <summary>The call that began but did not finish, if any.</summary>
    public string? Unfinished { get; private set; }

    public Dictionary<string, CallOutcome> Calls { get; } = new(StringComparer.Ordinal);

    /// <summary>Parses the framed lines of a run.</summary>
    public static HarnessOutput Parse(IReadOnlyList<string> lines, string nonce)
    {
        var output = new HarnessOutput();
        var prefix = nonce + " ";
        string? current = null;
        var items = new List<JsonNode?>();
        JsonArray? rows = null;
        foreach (var line in lines)
        {
            if (!line.StartsWith(prefix, StringComparison.Ordinal) || line.Length < prefix.Length + 1)
            {
                output.Forged = true;
                continue;
            }
            var rest = line.AsSpan(prefix.Length);
            var space = rest.IndexOf(' ');
            var tag = space < 0 ? rest.ToString() : rest[..space].ToString();
            var payload = space < 0 ? "" : rest[(space + 1)..].ToString();
            try
            {
                switch (tag)
                {
                    case HarnessFrame.Ready:
                        output.Ready = true;
                        break;
                    case HarnessFrame.Done:
                        output.Done = true;
                        break;
                    case HarnessFrame.CompileError:
                        output.CompileError = Error(JsonNode.Parse(payload));
                        break;
                    case HarnessFrame.Begin:
                        current = payload;
                        items = [];
                        rows = null;
                        break;
                    case HarnessFrame.Item or HarnessFrame.Pair or HarnessFrame.Value:
                        items.Add(JsonNode.Parse(payload));
                        break;
                    case HarnessFrame.KeptRows:
                        rows = JsonNode.Parse(Split(payload).Body)?.AsArray();
                        break;
                    case HarnessFrame.End:
                        {
                            var (id, json) = Split(payload);
                            var info = JsonNode.Parse(json)!;
                            var kind = info["kind"]!.GetValue<string>();
                            output.Calls[id] = new CallOutcome(id, new CallResult(kind, items), null, info["cpu_ms"]?.GetValue<long>() ?? 0, rows);
                            current = null;
                            break;
                        }
                    case HarnessFrame.Error:
                        {
                            var (id, json) = Split(payload);
                            output.Calls[id] = new CallOutcome(id, null, Error(JsonNode.Parse(json)), 0, null);
                            current = null;
                            break;
                        }
                    default:
                        output.Forged = true;
                        break;
                }
            }
            catch (Exception ex) when (ex is JsonException or InvalidOperationException or NullReferenceException or FormatException)
            {
                output.Forged = true;
            }
        }
        output.Unfinished = current;
        return output;
    }

    private static (string Id, string Body) Split(string payload)
    {
        var i = payload.IndexOf(' ');
        return i < 0 ? (payload, "") : (payload[..i], payload[(i + 1)..]);
    }

    private static HarnessError Error(JsonNode? node) => new(
        node?["type"]?.GetValue<string>() ?? "Error",
        node?["message"]?.GetValue<string>() ?? "",
        node?["line"] is JsonValue line ? line.GetValue<int>() : null,
        node?["kind"]?.GetValue<string>() ?? "exception");
}
