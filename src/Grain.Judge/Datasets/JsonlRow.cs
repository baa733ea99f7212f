using System.Buffers;
using System.Globalization;
using System.Text;

namespace Grain.Judge.Datasets;

/// <summary>The type of a generated value.</summary>
internal enum ValueKind : byte
{
    Null,
    Long,
    Double,
    String,

    /// <summary>A short prefix followed by a number (<c>e123</c>): a string in the output, built without allocating.</summary>
    Prefixed,
}

/// <summary>A generated value, unboxed: a long, a double, a string, or null.</summary>
internal readonly struct Value
{
    // A long, or a double's bits: one slot keeps a field at 24 bytes.
    private readonly long _bits;
    private readonly string? _text;

    private Value(ValueKind kind, long bits, string? text)
    {
        Kind = kind;
        _bits = bits;
        _text = text;
    }

    public ValueKind Kind { get; }
    public long Long => _bits;
    public double Double => BitConverter.Int64BitsToDouble(_bits);

    /// <summary>True for values written as JSON strings (plain and prefixed).</summary>
    public bool IsString => Kind is ValueKind.String or ValueKind.Prefixed;

    /// <summary>The text of a string value (a prefixed value is built here, only when a fault needs it).</summary>
    public string Text => Kind == ValueKind.Prefixed ? _text + _bits.ToString(CultureInfo.InvariantCulture) : _text!;

    internal string? Prefix => _text;

    public static Value Null => default;

    public static Value Prefixed(string prefix, long number) => new(ValueKind.Prefixed, number, prefix);

    public static implicit operator Value(long v) => new(ValueKind.Long, v, null);

    public static implicit operator Value(double v) => new(ValueKind.Double, BitConverter.DoubleToInt64Bits(v), null);

    public static implicit operator Value(string? v) => v is null ? default : new(ValueKind.String, 0, v);

    /// <summary>The value as invariant text, as <see cref="Convert.ToString(object, IFormatProvider)"/> gives for the boxed value (null gives "").</summary>
    public string ToInvariantString() => Kind switch
    {
        ValueKind.Null => "",
        ValueKind.Long => _bits.ToString(CultureInfo.InvariantCulture),
        ValueKind.Double => Double.ToString(CultureInfo.InvariantCulture),
        _ => Text,
    };
}

/// <summary>A field of a generated row.</summary>
internal readonly record struct Field(string Name, Value Value);

/// <summary>A reusable row of fields: rows are filled in place, so generating allocates nothing per row.</summary>
internal sealed class Row
{
    private Field[] _fields = new Field[16];

    public int Count { get; private set; }

    public ref Field this[int index] => ref _fields[index];

    public void Clear() => Count = 0;

    public void Add(string name, Value value)
    {
        if (Count == _fields.Length)
        {
            Array.Resize(ref _fields, Count * 2);
        }
        _fields[Count++] = new Field(name, value);
    }

    public int IndexOf(string name)
    {
        for (var i = 0; i < Count; i++)
        {
            if (_fields[i].Name == name)
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>Removes every field of that name, keeping the order of the others.</summary>
    public void RemoveAll(string name)
    {
        var kept = 0;
        for (var i = 0; i < Count; i++)
        {
            if (_fields[i].Name != name)
            {
                _fields[kept++] = _fields[i];
            }
        }
        Count = kept;
    }

    public void CopyFrom(Row other)
    {
        if (_fields.Length < other.Count)
        {
            _fields = new Field[other._fields.Length];
        }
        Array.Copy(other._fields, _fields, other.Count);
        Count = other.Count;
    }
}

/// <summary>Writes rows as JSON lines quickly, into a reusable byte buffer.</summary>
internal sealed class JsonlWriter(Stream stream) : IDisposable
{
    private readonly byte[] _buffer = ArrayPool<byte>.Shared.Rent(1 << 20);
    private int _length;

    public void Write(Row row)
    {
        if (_length > _buffer.Length - 8192)
        {
            Flush();
        }
        Put((byte)'{');
        for (var i = 0; i < row.Count; i++)
        {
            if (i > 0)
            {
                Put((byte)',');
            }
            Name(row[i].Name);
            Value(row[i].Value);
        }
        Put((byte)'}');
        Put((byte)'\n');
    }

    private void Value(in Value value)
    {
        switch (value.Kind)
        {
            case ValueKind.Null:
                Ascii("null");
                break;
            case ValueKind.Long:
                value.Long.TryFormat(_buffer.AsSpan(_length), out var n, default, CultureInfo.InvariantCulture);
                _length += n;
                break;
            case ValueKind.Double:
                value.Double.TryFormat(_buffer.AsSpan(_length), out var k, "R", CultureInfo.InvariantCulture);
                _length += k;
                if (!_buffer.AsSpan(_length - k, k).ContainsAny((byte)'.', (byte)'E'))
                {
                    Ascii(".0");
                }
                break;
            case ValueKind.Prefixed when System.Text.Ascii.IsValid(value.Prefix!) && !value.Prefix!.AsSpan().ContainsAny(NeedsCare):
                Put((byte)'"');
                _length += Encoding.ASCII.GetBytes(value.Prefix!, _buffer.AsSpan(_length));
                value.Long.TryFormat(_buffer.AsSpan(_length), out var p, default, CultureInfo.InvariantCulture);
                _length += p;
                Put((byte)'"');
                break;
            default:
                String(value.Text);
                break;
        }
    }

    // Field names are a handful of literals: encode each once as "name": and copy the bytes.
    private readonly Dictionary<string, byte[]> _names = new(ReferenceEqualityComparer.Instance);

    private void Name(string name)
    {
        if (!_names.TryGetValue(name, out var bytes))
        {
            var start = _length;
            String(name);
            Put((byte)':');
            bytes = _buffer.AsSpan(start, _length - start).ToArray();
            _names[name] = bytes;
            return;
        }
        bytes.CopyTo(_buffer.AsSpan(_length));
        _length += bytes.Length;
    }

    private static readonly SearchValues<char> NeedsCare = SearchValues.Create("\"\\");

    private void String(string s)
    {
        // Fast path: plain ASCII without quotes or backslashes is copied as is.
        if (s.Length < 4096 && !s.AsSpan().ContainsAny(NeedsCare) && System.Text.Ascii.IsValid(s))
        {
            Put((byte)'"');
            _length += Encoding.ASCII.GetBytes(s, _buffer.AsSpan(_length));
            Put((byte)'"');
            return;
        }
        Put((byte)'"');
        foreach (var c in s)
        {
            if (c is '"' or '\\')
            {
                Put((byte)'\\');
            }
            if (c < 0x80)
            {
                Put((byte)c);
            }
            else
            {
                _length += Encoding.UTF8.GetBytes([c], _buffer.AsSpan(_length));
            }
        }
        Put((byte)'"');
    }

    private void Ascii(string s)
    {
        foreach (var c in s)
        {
            Put((byte)c);
        }
    }

    private void Put(byte b) => _buffer[_length++] = b;

    public void Flush()
    {
        stream.Write(_buffer, 0, _length);
        _length = 0;
    }

    public void Dispose()
    {
        Flush();
        ArrayPool<byte>.Shared.Return(_buffer);
    }
}
