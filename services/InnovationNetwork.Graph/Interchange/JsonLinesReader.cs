namespace InnovationNetwork.Graph.Interchange;

/// <summary>
/// Splits a UTF-8 stream into lines without decoding it, so invalid UTF-8 is caught by the JSON parser with
/// its line number rather than silently replaced. Memory is bounded by the longest accepted line.
/// </summary>
/// <remarks>The memory of each line is reused for the next one: consume it before reading on.</remarks>
public sealed class JsonLinesReader(Stream stream, int maxLineBytes = JsonLinesReader.DefaultMaxLineBytes)
{
    public const int DefaultMaxLineBytes = 1024 * 1024;

    private byte[] _buffer = new byte[64 * 1024];
    private int _start;
    private int _end;
    private bool _endOfStream;
    private bool _atFirstLine = true;

    /// <summary>Bytes consumed from the stream so far (for progress).</summary>
    public long BytesRead { get; private set; }

    /// <summary>The 1-based number of the last line returned.</summary>
    public long LineNumber { get; private set; }

    /// <summary>Reads the next line (without its line ending), or returns null at the end of the stream.</summary>
    public async ValueTask<JsonLine?> ReadLineAsync(CancellationToken cancellationToken = default)
    {
        var tooLong = false;
        while (true)
        {
            var newline = Array.IndexOf(_buffer, (byte)'\n', _start, _end - _start);
            if (newline >= 0 || (_endOfStream && _end > _start))
            {
                var stop = newline >= 0 ? newline : _end;
                var line = TakeLine(_start, stop, tooLong || stop - _start > maxLineBytes);
                _start = newline >= 0 ? newline + 1 : _end;
                return line;
            }

            if (_endOfStream)
            {
                if (tooLong)
                {
                    return TakeLine(_start, _start, tooLong: true);
                }

                return null;
            }

            if (_end - _start >= maxLineBytes)
            {
                // Keep the line's number but drop its bytes until the newline: it is reported, not parsed.
                tooLong = true;
                _start = _end;
            }

            await FillAsync(cancellationToken);
        }
    }

    private JsonLine TakeLine(int start, int stop, bool tooLong)
    {
        LineNumber++;
        if (stop > start && _buffer[stop - 1] == (byte)'\r')
        {
            stop--;
        }

        if (_atFirstLine)
        {
            _atFirstLine = false;
            if (stop - start >= 3 && _buffer[start] == 0xEF && _buffer[start + 1] == 0xBB && _buffer[start + 2] == 0xBF)
            {
                start += 3;
            }
        }

        return new JsonLine(LineNumber, tooLong ? ReadOnlyMemory<byte>.Empty : _buffer.AsMemory(start, stop - start), tooLong);
    }

    private async ValueTask FillAsync(CancellationToken cancellationToken)
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Min(_buffer.Length * 2, maxLineBytes + 2));
        }

        var read = await stream.ReadAsync(_buffer.AsMemory(_end), cancellationToken);
        if (read == 0)
        {
            _endOfStream = true;
        }

        _end += read;
        BytesRead += read;
    }
}

/// <summary>One line of input. <see cref="TooLong"/> lines carry no bytes.</summary>
public readonly record struct JsonLine(long Number, ReadOnlyMemory<byte> Bytes, bool TooLong)
{
    public bool IsBlank
    {
        get
        {
            foreach (var b in Bytes.Span)
            {
                if (b is not ((byte)' ' or (byte)'\t'))
                {
                    return false;
                }
            }

            return !TooLong;
        }
    }
}
