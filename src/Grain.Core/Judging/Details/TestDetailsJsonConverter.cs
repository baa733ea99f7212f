using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Grain.Core.Judging.Details;

/// <summary>
/// Writes a <see cref="TestDetails"/> with a leading <c>kind</c> field and reads it back; reports stored before details
/// were typed have no <c>kind</c>, so their kind is recognised by the fields they hold.
/// </summary>
public sealed class TestDetailsJsonConverter : JsonConverter<TestDetails>
{
    /// <summary>The <c>kind</c> of each details record.</summary>
    public static readonly IReadOnlyList<(string Kind, Type Type)> Kinds =
    [
        ("rows", typeof(RowDiffDetails)),
        ("plan", typeof(PlanDetails)),
        ("scale", typeof(ScaleSeriesDetails)),
        ("value", typeof(ValueDiffDetails)),
    ];

    /// <inheritdoc />
    public override TestDetails? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (JsonNode.Parse(ref reader) is not JsonObject json)
        {
            return null;
        }
        var kind = json["kind"] is JsonValue k && k.TryGetValue<string>(out var named) ? named : LegacyKind(json);
        var type = Kinds.FirstOrDefault(x => x.Kind == kind).Type;
        if (type is null)
        {
            return null;
        }
        json.Remove("kind");
        try
        {
            return (TestDetails?)json.Deserialize(type, options);
        }
        catch (JsonException)
        {
            // Details are extra: a shape this build cannot read must not hide the verdict beside it.
            return null;
        }
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, TestDetails value, JsonSerializerOptions options)
    {
        var type = value.GetType();
        var kind = Kinds.First(x => x.Type == type).Kind;
        var body = JsonSerializer.SerializeToNode(value, type, options)!.AsObject();
        writer.WriteStartObject();
        writer.WriteString("kind", kind);
        foreach (var (name, node) in body)
        {
            writer.WritePropertyName(name);
            if (node is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                node.WriteTo(writer, options);
            }
        }
        writer.WriteEndObject();
    }

    private static string? LegacyKind(JsonObject json) =>
        json.ContainsKey("sizes") ? "scale"
        : json.ContainsKey("expected_rows") ? "rows"
        : json.ContainsKey("plan") ? "plan"
        : json.ContainsKey("got") ? "value"
        : null;
}
