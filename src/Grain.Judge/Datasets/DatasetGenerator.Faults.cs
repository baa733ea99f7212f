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
        // Three reusable rows: the one being generated, a fault's copy of it, and one held back by out_of_order.
        public readonly Row Current = new();
        private readonly Row _copy = new();
        private readonly Row _heldRow = new();
        private bool _holding;
        private readonly (string Time, string[] Nullable, string[] Numeric, string Drift, string DriftTo, string Payload) _t = Targets(spec.Kind);

        private readonly double _late = spec.Rate("late"), _nulls = spec.Rate("nulls"), _missing = spec.Rate("missing"), _extra = spec.Rate("extra"),
            _wrongTypes = spec.Rate("wrong_types"), _drift = spec.Rate("drift"), _duplicates = spec.Rate("duplicates"), _ties = spec.Rate("ties"),
            _outOfOrder = spec.Rate("out_of_order");

        public readonly double HotKey = spec.Rate("hot_key");
        public long Clock;
        public double Price = 100;
        public long Written;
        private long _seen;

        public void Emit(Row row)
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
                Set(row, fields[r.Below(fields.Length)], r.Below(2) == 0 ? Value.Null : "null");
            }
            if (_missing > 0 && r.Chance(_missing))
            {
                var fields = Fields("missing", _t.Nullable);
                var name = fields[r.Below(fields.Length)];
                row.RemoveAll(name);
            }
            if (_extra > 0 && r.Chance(_extra))
            {
                row.Add("source", "app");
                row.Add("debug", r.Below(2) == 0 ? Value.Null : (long)r.Below(1000));
            }
            if (_wrongTypes > 0 && r.Chance(_wrongTypes))
            {
                var fields = Fields("wrong_types", _t.Numeric);
                var name = fields[r.Below(fields.Length)];
                var index = row.IndexOf(name);
                if (index >= 0)
                {
                    var value = row[index].Value;
                    row[index] = new(name, r.Below(3) switch
                    {
                        0 => value.ToInvariantString(),
                        1 => "n/a",
                        _ => value.Kind == ValueKind.Long ? value.Long + 0.5 : "",
                    });
                }
            }
            if (_drift > 0 && _seen > spec.Rows * (1 - _drift))
            {
                var index = row.IndexOf(_t.Drift);
                if (index >= 0)
                {
                    row[index] = new(_t.DriftTo, row[index].Value);
                }
            }
            Out(row);
            if (r.Chance(_duplicates))
            {
                var copy = _copy;
                copy.CopyFrom(row);
                Shift(copy, 1 + r.Below(300), ["ingested_at", "updated_at"]);
                Out(copy);
            }
            if (r.Chance(_ties))
            {
                var copy = _copy;
                copy.CopyFrom(row);
                var index = copy.IndexOf(_t.Payload);
                if (index >= 0)
                {
                    var value = copy[index].Value;
                    copy[index] = new(_t.Payload, value.IsString ? value.Text + "*" : value);
                }
                var by = copy.IndexOf("updated_by");
                if (by >= 0)
                {
                    copy[by] = new("updated_by", r.Below(2) == 0 ? Value.Null : "retry");
                }
                Out(copy);
            }
        }

        public void Finish()
        {
            if (_holding)
            {
                Write(_heldRow);
                _holding = false;
            }
        }

        private void Out(Row row)
        {
            if (_holding)
            {
                // The held row goes out after its successor: the two arrive swapped.
                _holding = false;
                Write(row);
                Write(_heldRow);
                return;
            }
            if (_outOfOrder > 0 && _faults.Chance(_outOfOrder))
            {
                _heldRow.CopyFrom(row);
                _holding = true;
                return;
            }
            Write(row);
        }

        private void Write(Row row)
        {
            writer.Write(row);
            Written++;
        }

        private string[] Fields(string knob, string[] defaults) =>
            spec.Faults.TryGetValue(knob, out var k) && k.Fields is { Count: > 0 } f ? [.. f] : defaults;

        private static void Set(Row row, string name, Value value)
        {
            var index = row.IndexOf(name);
            if (index >= 0)
            {
                row[index] = new(name, value);
            }
        }

        private static void Shift(Row row, long by, string[] names)
        {
            for (var i = 0; i < row.Count; i++)
            {
                if (names.Contains(row[i].Name) && row[i].Value is { Kind: ValueKind.Long } value)
                {
                    var v = value.Long;
                    row[i] = new(row[i].Name, v + by);
                    if (row[i].Name == "ingested_at")
                    {
                        var d = row.IndexOf("ingested_date");
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
