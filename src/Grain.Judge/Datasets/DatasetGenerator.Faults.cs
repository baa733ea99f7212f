namespace Grain.Judge.Datasets;

public static partial class DatasetGenerator
{
    /// <summary>Per-kind defaults: which fields each fault touches.</summary>
    private static (string Time, string[] Nullable, string[] Numeric, string Drift, string DriftTo, string Payload) Targets(string kind) => kind switch
    {
        "clickstream" => ("ts", ["user_id", "event_type"], ["user_id", "ts"], "event_type", "eventType", "page"),
        "logs" => ("ts", ["user_id", "ts", "amount"], ["user_id", "ts", "amount"], "user_id", "userId", "event_type"),
        "orders" => ("ts", ["revenue"], ["customer_id", "revenue"], "revenue", "amount", "order_id"),
        "customers" => ("updated_at", ["email", "name"], ["updated_at"], "email", "email_address", "name"),
        "prices" => ("date", ["price"], ["price"], "price", "close", "price"),
        _ => ("ts", ["action"], ["ts"], "action", "event", "action"),
    };

    /// <summary>Applies fault knobs to rows on their way out.</summary>
    private sealed class State(DatasetSpec spec, JsonlWriter writer)
    {
        public SplitMix Random = new((ulong)spec.Seed);
        private SplitMix _faults = new((ulong)spec.Seed ^ 0xFA17UL);
        private List<Field>? _held;
        private readonly (string Time, string[] Nullable, string[] Numeric, string Drift, string DriftTo, string Payload) _t = Targets(spec.Kind);

        private readonly double _late = spec.Rate("late"), _nulls = spec.Rate("nulls"), _missing = spec.Rate("missing"), _extra = spec.Rate("extra"),
            _wrongTypes = spec.Rate("wrong_types"), _drift = spec.Rate("drift"), _duplicates = spec.Rate("duplicates"), _ties = spec.Rate("ties"),
            _outOfOrder = spec.Rate("out_of_order");

        public readonly double HotKey = spec.Rate("hot_key");
        public long Clock;
        public double Price = 100;
        public long Written;
        private long _seen;

        public void Emit(List<Field> row)
        {
            _seen++;
            ref var r = ref _faults;
            if (r.Chance(_late))
            {
                var shift = spec.Kind == "actions" ? 600 + r.Below(3000) : 86_400 + r.Below(2 * 86_400);
                Shift(row, -shift, ["ts", "event_ts"]);
            }
            if (_nulls > 0 && r.Chance(_nulls))
            {
                var fields = Fields("nulls", _t.Nullable);
                Set(row, fields[r.Below(fields.Length)], r.Below(2) == 0 ? null : "null");
            }
            if (_missing > 0 && r.Chance(_missing))
            {
                var fields = Fields("missing", _t.Nullable);
                var name = fields[r.Below(fields.Length)];
                row.RemoveAll(f => f.Name == name);
            }
            if (_extra > 0 && r.Chance(_extra))
            {
                row.Add(new("source", "app"));
                row.Add(new("debug", r.Below(2) == 0 ? null : (object)(long)r.Below(1000)));
            }
            if (_wrongTypes > 0 && r.Chance(_wrongTypes))
            {
                var fields = Fields("wrong_types", _t.Numeric);
                var name = fields[r.Below(fields.Length)];
                var index = row.FindIndex(f => f.Name == name);
                if (index >= 0)
                {
                    row[index] = new(name, r.Below(3) switch
                    {
                        0 => Convert.ToString(row[index].Value, System.Globalization.CultureInfo.InvariantCulture),
                        1 => "n/a",
                        _ => row[index].Value is long l ? l + 0.5 : "",
                    });
                }
            }
            if (_drift > 0 && _seen > spec.Rows * (1 - _drift))
            {
                var index = row.FindIndex(f => f.Name == _t.Drift);
                if (index >= 0)
                {
                    row[index] = new(_t.DriftTo, row[index].Value);
                }
            }
            Out(row);
            if (r.Chance(_duplicates))
            {
                var copy = new List<Field>(row);
                Shift(copy, 1 + r.Below(300), ["ingested_at", "updated_at"]);
                Out(copy);
            }
            if (r.Chance(_ties))
            {
                var copy = new List<Field>(row);
                var index = copy.FindIndex(f => f.Name == _t.Payload);
                if (index >= 0)
                {
                    copy[index] = new(_t.Payload, copy[index].Value is string s ? s + "*" : copy[index].Value);
                }
                var by = copy.FindIndex(f => f.Name == "updated_by");
                if (by >= 0)
                {
                    copy[by] = new("updated_by", r.Below(2) == 0 ? null : "retry");
                }
                Out(copy);
            }
        }

        public void Finish()
        {
            if (_held is not null)
            {
                Write(_held);
                _held = null;
            }
        }

        private void Out(List<Field> row)
        {
            if (_held is not null)
            {
                // The held row goes out after its successor: the two arrive swapped.
                var held = _held;
                _held = null;
                Write(row);
                Write(held);
                return;
            }
            if (_outOfOrder > 0 && _faults.Chance(_outOfOrder))
            {
                _held = row;
                return;
            }
            Write(row);
        }

        private void Write(List<Field> row)
        {
            writer.Write(row);
            Written++;
        }

        private string[] Fields(string knob, string[] defaults) =>
            spec.Faults.TryGetValue(knob, out var k) && k.Fields is { Count: > 0 } f ? [.. f] : defaults;

        private static void Set(List<Field> row, string name, object? value)
        {
            var index = row.FindIndex(f => f.Name == name);
            if (index >= 0)
            {
                row[index] = new(name, value);
            }
        }

        private static void Shift(List<Field> row, long by, string[] names)
        {
            for (var i = 0; i < row.Count; i++)
            {
                if (names.Contains(row[i].Name) && row[i].Value is long v)
                {
                    row[i] = new(row[i].Name, v + by);
                    if (row[i].Name == "ingested_at")
                    {
                        var d = row.FindIndex(f => f.Name == "ingested_date");
                        if (d >= 0)
                        {
                            row[d] = new("ingested_date", Date(v + by));
                        }
                    }
                }
            }
        }
    }
}
