using System.Text;
using System.Text.Json.Nodes;
using Grain.Judge.Datasets;

namespace Grain.Judge.Tests.Datasets;

public sealed class DatasetGeneratorTests
{
    private static List<JsonObject> Rows(DatasetSpec spec)
    {
        using var stream = new MemoryStream();
        DatasetGenerator.Write(spec, stream);
        return Encoding.UTF8.GetString(stream.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonNode.Parse(l)!.AsObject()).ToList();
    }

    private static byte[] Bytes(DatasetSpec spec)
    {
        using var stream = new MemoryStream();
        DatasetGenerator.Write(spec, stream);
        return stream.ToArray();
    }

    private static DatasetSpec Spec(string kind, string? knob = null, double rate = 0.3) => new()
    {
        Kind = kind,
        Rows = 2000,
        Seed = 5,
        Keys = 50,
        Faults = knob is null ? new Dictionary<string, FaultKnob>() : new Dictionary<string, FaultKnob> { [knob] = new FaultKnob(rate) },
    };

    [Theory]
    [InlineData("clickstream")]
    [InlineData("logs")]
    [InlineData("orders")]
    [InlineData("customers")]
    [InlineData("prices")]
    [InlineData("actions")]
    public void Should_Generate_The_Same_Bytes_For_The_Same_Seed(string kind)
    {
        // Given
        var spec = Spec(kind, "duplicates");

        // When
        var first = Bytes(spec);
        var second = Bytes(spec);

        // Then
        first.ShouldBe(second);
        Bytes(spec with { Seed = 6 }).ShouldNotBe(first);
    }

    [Fact]
    public void Should_Emit_Retries_With_The_Same_Id_And_A_Later_Ingestion()
    {
        var rows = Rows(Spec("clickstream", "duplicates"));
        var retried = rows.GroupBy(r => (string)r["event_id"]!).Where(g => g.Count() > 1).ToList();
        retried.ShouldNotBeEmpty();
        retried.ShouldAllBe(g => (long)g.Last()["ingested_at"]! > (long)g.First()["ingested_at"]!);
    }

    [Fact]
    public void Should_Emit_Exact_Ties()
    {
        var rows = Rows(Spec("customers", "ties"));
        rows.GroupBy(r => ((long)r["customer_id"]!, (long)r["updated_at"]!)).Any(g => g.Count() > 1).ShouldBeTrue();
    }

    [Fact]
    public void Should_Emit_Both_Null_And_The_String_Null()
    {
        var rows = Rows(Spec("clickstream", "nulls"));
        rows.Any(r => r.ContainsKey("user_id") && r["user_id"] is null).ShouldBeTrue();
        rows.Any(r => r["user_id"] is JsonValue v && v.TryGetValue<string>(out var s) && s == "null").ShouldBeTrue();
    }

    [Fact]
    public void Should_Drop_Fields_For_Missing_And_Add_Fields_For_Extra()
    {
        Rows(Spec("clickstream", "missing")).Any(r => !r.ContainsKey("event_type") || !r.ContainsKey("user_id")).ShouldBeTrue();
        Rows(Spec("clickstream", "extra")).Any(r => r.ContainsKey("source")).ShouldBeTrue();
    }

    [Fact]
    public void Should_Give_Numeric_Fields_Wrong_Types()
    {
        Rows(Spec("orders", "wrong_types")).Any(r => r["revenue"] is JsonValue v && v.TryGetValue<string>(out _)
            || r["customer_id"] is JsonValue c && c.GetValueKind() != System.Text.Json.JsonValueKind.Number).ShouldBeTrue();
    }

    [Fact]
    public void Should_Move_Late_Events_Back_In_Time_But_Not_Their_Ingestion()
    {
        var rows = Rows(Spec("clickstream", "late", 0.2));
        rows.Any(r => (long)r["ingested_at"]! - (long)r["ts"]! > 86_000).ShouldBeTrue();
    }

    [Fact]
    public void Should_Shuffle_Neighbours_For_Out_Of_Order()
    {
        var plain = Rows(Spec("actions")).Select(r => (long)r["ts"]!).ToList();
        var shuffled = Rows(Spec("actions", "out_of_order")).Select(r => (long)r["ts"]!).ToList();
        plain.Zip(plain.Skip(1)).All(p => p.First <= p.Second).ShouldBeTrue();
        shuffled.Zip(shuffled.Skip(1)).Any(p => p.First > p.Second).ShouldBeTrue();
    }

    [Fact]
    public void Should_Rename_A_Field_After_Schema_Drift()
    {
        var rows = Rows(Spec("clickstream", "drift"));
        rows.First().ContainsKey("event_type").ShouldBeTrue();
        rows.Last().ContainsKey("eventType").ShouldBeTrue();
    }

    [Fact]
    public void Should_Put_Ninety_Percent_Of_Rows_On_A_Hot_Key()
    {
        var rows = Rows(Spec("orders", "hot_key", 0.9));
        rows.Count(r => (long)r["customer_id"]! == 1).ShouldBeGreaterThan(rows.Count * 85 / 100);
    }

    [Fact]
    public void Should_Reject_An_Unknown_Knob()
    {
        Should.Throw<ArgumentException>(() => Bytes(Spec("orders", "gremlins"))).Message.ShouldContain("gremlins");
    }
}
