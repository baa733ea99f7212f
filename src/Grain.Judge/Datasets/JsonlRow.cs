using System.Buffers;
using System.Globalization;
using System.Text;

namespace Grain.Judge.Datasets;

/// <summary>A field value of a generated row.</summary>
internal readonly record struct Field(string Name, object? Value);

/// <summary>Writes rows as JSON lines quickly, into a reusable byte buffer.</summary>
internal sealed class JsonlWriter(Stream stream) : IDisposable
{
    private readonly byte[] _buffer = ArrayPool<byte>.Shared.Rent(1 << 20);
    private int _length;

    public void Write(List<Field> row)
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
            String(row[i].Name);
            Put((byte)':');
            Value(row[i].Value);
        }
        Put((byte)'}');
        Put((byte)'\n');
    }

    private void Value(object? value)
    {
        switch (value)
        {
            case null:
                Ascii("null");
                break;
            case long l:
                l.TryFormat(_buffer.AsSpan(_length), out var n, default, CultureInfo.InvariantCulture);
                _length += n;
                break;
            case int i:
                i.TryFormat(_buffer.AsSpan(_length), out var m, default, CultureInfo.InvariantCulture);
                _length += m;
                break;
            case double d:
                d.TryFormat(_buffer.AsSpan(_length), out var k, "R", CultureInfo.InvariantCulture);
                _length += k;
                if (!_buffer.AsSpan(_length - k, k).ContainsAny((byte)'.', (byte)'E'))
                {
                    Ascii(".0");
                }
                break;
            case bool b:
                Ascii(b ? "true" : "false");
                break;
            case string s:
                String(s);
                break;
            default:
                throw new InvalidOperationException("unsupported generated value " + value.GetType().Name);
        }
    }

    private void String(string s)
    {
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
