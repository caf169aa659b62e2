using System.Buffers.Text;

namespace InnovationNetwork.Cli.Generation;

/// <summary>Writes dates as the schema's yyyy-mm-dd in ASCII digits, independent of any culture.</summary>
internal static class GenerationDates
{
    public static void Format(DateOnly date, Span<byte> destination)
    {
        Utf8Formatter.TryFormat(date.Year, destination, out _, new('D', 4));
        destination[4] = (byte)'-';
        Utf8Formatter.TryFormat(date.Month, destination[5..], out _, new('D', 2));
        destination[7] = (byte)'-';
        Utf8Formatter.TryFormat(date.Day, destination[8..], out _, new('D', 2));
    }
}
