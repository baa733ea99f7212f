using System.Collections;
using System.Globalization;
using System.Numerics;
using System.Text;
using DuckDB.NET.Data;

namespace Grain.Judge.Sql.Engines;

/// <summary>Reads DuckDB values into what the comparison understands: 128-bit integers as numbers, lists and structs as text.</summary>
internal static class DuckDbValues
{
    /// <summary>The value of a column of the current row, for <see cref="Comparison.SqlValue.Normalise"/>.</summary>
    public static object? Read(DuckDBDataReader reader, int i)
    {
        object value;
        try
        {
            value = reader.GetValue(i);
        }
        catch (InvalidCastException) when (NullableList(reader, i) is { } list)
        {
            value = list;
        }
        catch (Exception ex) when (ex is InvalidCastException or OverflowException or NotSupportedException or ArgumentException or InvalidOperationException)
        {
            throw new UnreadableValueException($"column '{reader.GetName(i)}' has a value of type {reader.GetDataTypeName(i)} the judge cannot read ({ex.Message}); cast it to VARCHAR or a number");
        }
        return Plain(value, reader.GetName(i));
    }

    // DuckDB.NET reads a list of numbers as List<long>, which cannot hold a NULL element; the same list read as
    // List<long?> can.
    private static object? NullableList(DuckDBDataReader reader, int i)
    {
        var type = reader.GetFieldType(i);
        if (!type.IsGenericType || type.GetGenericTypeDefinition() != typeof(List<>) || type.GetGenericArguments()[0] is not { IsValueType: true } element
            || Nullable.GetUnderlyingType(element) is not null)
        {
            return null;
        }
        var nullable = typeof(List<>).MakeGenericType(typeof(Nullable<>).MakeGenericType(element));
        var read = typeof(DuckDBDataReader).GetMethod(nameof(DuckDBDataReader.GetFieldValue))!.MakeGenericMethod(nullable);
        try
        {
            return read.Invoke(reader, [i]);
        }
        catch (System.Reflection.TargetInvocationException)
        {
            return null;
        }
    }

    /// <summary>A value as a scalar: big integers as long, decimal or double; lists, structs and maps spelled as text.</summary>
    public static object? Plain(object? value, string column) => value switch
    {
        null or DBNull => null,
        BigInteger b => Integer(b, column),
        TimeOnly t => t.ToString("HH:mm:ss", CultureInfo.InvariantCulture),
        DateTimeOffset o => o.UtcDateTime,
        Guid g => g.ToString(),
        Stream s => Bytes(s),
        string or byte[] => value,
        IDictionary or IEnumerable => Nested(value),
        _ => value,
    };

    private static object Integer(BigInteger value, string column)
    {
        if (value >= long.MinValue && value <= long.MaxValue)
        {
            return (long)value;
        }
        if (BigInteger.Abs(value) <= new BigInteger(decimal.MaxValue))
        {
            return (decimal)value;
        }
        var approximate = (double)value;
        return double.IsFinite(approximate) ? approximate
            : throw new UnreadableValueException($"column '{column}' holds a number beyond ±1.8e308, which cannot be compared");
    }

    private static byte[] Bytes(Stream stream)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    // One spelling for every nested value, so the reference's list and the candidate's compare as equal text:
    // [1, 2, NULL], ['a', 'b'], {'k': 1, 'v': 'x'}.
    private static string Nested(object value)
    {
        var text = new StringBuilder();
        Append(text, value);
        return text.ToString();
    }

    private static void Append(StringBuilder text, object? value)
    {
        switch (value)
        {
            case null or DBNull:
                text.Append("NULL");
                break;
            case string s:
                text.Append('\'').Append(s.Replace("'", "''", StringComparison.Ordinal)).Append('\'');
                break;
            case IDictionary dictionary:
                text.Append('{');
                var first = true;
                foreach (DictionaryEntry entry in dictionary)
                {
                    text.Append(first ? "" : ", ");
                    first = false;
                    Append(text, entry.Key);
                    text.Append(": ");
                    Append(text, entry.Value);
                }
                text.Append('}');
                break;
            case IEnumerable items and not byte[]:
                text.Append('[');
                var firstItem = true;
                foreach (var item in items)
                {
                    text.Append(firstItem ? "" : ", ");
                    firstItem = false;
                    Append(text, item);
                }
                text.Append(']');
                break;
            default:
                var plain = Comparison.SqlValue.Normalise(Plain(value, ""));
                text.Append(plain switch
                {
                    // 12.5000 (DECIMAL(18,4)) and 12.5 (DOUBLE) are the same number inside a list or struct too.
                    decimal m => Comparison.SqlValue.Format(m),
                    double d => Comparison.SqlValue.Format(d),
                    IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                    _ => plain?.ToString() ?? "NULL",
                });
                break;
        }
    }
}
