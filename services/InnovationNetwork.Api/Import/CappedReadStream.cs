namespace InnovationNetwork.Api.Import;

/// <summary>
/// A read-only view of a stream that fails the read going past <paramref name="limit"/> bytes. Kestrel has its own
/// body limit, but other servers (TestServer) ignore it and it cannot see the size of a body after gzip decoding.
/// The failure is an <see cref="IOException"/> thrown inside the importer, so its write session rolls back.
/// </summary>
/// <remarks>Disposing it leaves the inner stream open: the request body belongs to the server.</remarks>
internal sealed class CappedReadStream(Stream inner, long limit) : Stream
{
    public long BytesRead { get; private set; }

    public bool LimitExceeded => BytesRead > limit;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => BytesRead;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer) => Counted(inner.Read(buffer[..Allowed(buffer.Length)]));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        Counted(await inner.ReadAsync(buffer[..Allowed(buffer.Length)], cancellationToken));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    // Asking for one byte past the limit is what tells "exactly at the limit" from "over it".
    private int Allowed(int requested) => (int)Math.Min(requested, limit - BytesRead + 1);

    private int Counted(int read)
    {
        BytesRead += read;
        return LimitExceeded ? throw new IOException($"The request body is larger than {limit} bytes.") : read;
    }
}
