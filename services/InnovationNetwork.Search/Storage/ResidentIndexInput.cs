using System.Buffers.Binary;
using Lucene.Net.Store;

namespace InnovationNetwork.Search.Storage;

/// <summary>
/// Reads a file (or a slice of one) from an array holding all of it (see <see cref="ResidentReadDirectory"/>).
/// Clones share the array and keep their own position. The fixed-width and variable-length integer reads
/// that postings and term dictionaries are made of are decoded straight from the array.
/// </summary>
internal sealed class ResidentIndexInput : IndexInput
{
    private readonly byte[] _bytes;
    private readonly int _start;
    private readonly int _end;
    private int _position;

    public ResidentIndexInput(string description, byte[] bytes, long offset, long length)
        : base(description)
    {
        if (offset < 0 || length < 0 || offset + length > bytes.LongLength)
        {
            throw new ArgumentOutOfRangeException(nameof(offset), $"slice [{offset}, {offset + length}) is outside the {bytes.LongLength}-byte file {description}");
        }

        _bytes = bytes;
        _start = (int)offset;
        _end = (int)(offset + length);
        _position = _start;
    }

    public override long Length => _end - _start;

    public override long Position => _position - _start;

    public override void Seek(long pos)
    {
        if (pos < 0 || pos > Length)
        {
            throw new EndOfStreamException($"seek to {pos} is outside {this} (length {Length})");
        }

        _position = _start + (int)pos;
    }

    public override byte ReadByte()
    {
        if (_position >= _end)
        {
            throw PastEnd(1);
        }

        return _bytes[_position++];
    }

    public override void ReadBytes(byte[] b, int offset, int len)
    {
        Take(len);
        Buffer.BlockCopy(_bytes, _position - len, b, offset, len);
    }

    public override void SkipBytes(long numBytes)
    {
        if (numBytes < 0 || numBytes > _end - _position)
        {
            throw PastEnd((int)Math.Min(numBytes, int.MaxValue));
        }

        _position += (int)numBytes;
    }

    public override short ReadInt16() => BinaryPrimitives.ReadInt16BigEndian(_bytes.AsSpan(Take(2), 2));

    public override int ReadInt32() => BinaryPrimitives.ReadInt32BigEndian(_bytes.AsSpan(Take(4), 4));

    public override long ReadInt64() => BinaryPrimitives.ReadInt64BigEndian(_bytes.AsSpan(Take(8), 8));

    /// <summary>Seven bits a byte, low groups first, the high bit set on every byte but the last; at most five bytes.</summary>
    public override int ReadVInt32()
    {
        var result = 0;
        for (var shift = 0; shift < 35; shift += 7)
        {
            var b = ReadByte();
            result |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0)
            {
                return result;
            }
        }

        throw new IOException($"invalid vInt (too many bits) in {this}");
    }

    /// <summary>As <see cref="ReadVInt32"/>, at most nine bytes, never negative.</summary>
    public override long ReadVInt64()
    {
        long result = 0;
        for (var shift = 0; shift < 63; shift += 7)
        {
            var b = ReadByte();
            result |= (long)(b & 0x7F) << shift;
            if ((b & 0x80) == 0)
            {
                return result;
            }
        }

        throw new IOException($"invalid vLong (negative values are not allowed) in {this}");
    }

    public override object Clone() => MemberwiseClone();

    protected override void Dispose(bool disposing)
    {
        // Nothing to release: the array is freed with the last input that refers to it.
    }

    /// <summary>Moves past <paramref name="count"/> bytes, returning where they start.</summary>
    private int Take(int count)
    {
        if (count < 0 || count > _end - _position)
        {
            throw PastEnd(count);
        }

        var at = _position;
        _position += count;
        return at;
    }

    private EndOfStreamException PastEnd(int count) =>
        new($"read of {count} bytes past the end of {this} (at {Position} of {Length})");
}
