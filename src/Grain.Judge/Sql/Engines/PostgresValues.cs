using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using Npgsql;

namespace Grain.Judge.Sql.Engines;

/// <summary>A value the judge cannot compare (a number beyond the double range, a type Npgsql cannot read).</summary>
internal sealed class UnreadableValueException(string message) : Exception(message);

/// <summary>Reads PostgreSQL values, including numerics that do not fit a decimal (huge, NaN, infinite).</summary>
internal static class PostgresValues
{
    private const ushort Negative = 0x4000;
    private const ushort NaN = 0xC000;
    private const ushort PositiveInfinity = 0xD000;
    private const ushort NegativeInfinity = 0xF000;

    /// <summary>The value of a column of the current row, for <see cref="Comparison.SqlValue.Normalise"/>.</summary>
    public static object? Read(NpgsqlDataReader reader, int i)
    {
        try
        {
            return reader.GetValue(i);
        }
        catch (Exception ex) when (ex is InvalidCastException or OverflowException or NotSupportedException)
        {
            var type = reader.GetDataTypeName(i);
            if (type == "numeric" || type.StartsWith("numeric(", StringComparison.Ordinal))
            {
                using var stream = reader.GetStream(i);
                using var buffer = new MemoryStream();
                stream.CopyTo(buffer);
                return Numeric(buffer.ToArray(), reader.GetName(i));
            }
            throw new UnreadableValueException($"column '{reader.GetName(i)}' has a value of type {type} the judge cannot read; cast it to text or a number");
        }
    }

    /// <summary>Decodes PostgreSQL's binary numeric: a decimal when it fits, else a double (NaN and infinities included).</summary>
    public static object Numeric(byte[] bytes, string column)
    {
        var count = BinaryPrimitives.ReadInt16BigEndian(bytes);
        var weight = BinaryPrimitives.ReadInt16BigEndian(bytes.AsSpan(2));
        var sign = BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(4));
        switch (sign)
        {
            case NaN:
                return double.NaN;
            case PositiveInfinity:
                return double.PositiveInfinity;
            case NegativeInfinity:
                return double.NegativeInfinity;
        }
        if (count == 0)
        {
            return 0m;
        }
        // Base-10000 digits, the first one worth 10000^weight.
        var text = new StringBuilder(sign == Negative ? "-" : "");
        for (var d = 0; d < count; d++)
        {
            var digit = BinaryPrimitives.ReadInt16BigEndian(bytes.AsSpan(8 + 2 * d));
            text.Append(digit.ToString(d == 0 ? "0" : "0000", CultureInfo.InvariantCulture));
        }
        text.Append('e').Append((4 * (weight - count + 1)).ToString(CultureInfo.InvariantCulture));
        var spelled = text.ToString();
        if (decimal.TryParse(spelled, NumberStyles.Float, CultureInfo.InvariantCulture, out var exact) && exact != 0)
        {
            return exact;
        }
        var approximate = double.Parse(spelled, NumberStyles.Float, CultureInfo.InvariantCulture);
        return double.IsFinite(approximate) ? approximate
            : throw new UnreadableValueException($"column '{column}' holds a number beyond ±1.8e308, which cannot be compared");
    }
}
