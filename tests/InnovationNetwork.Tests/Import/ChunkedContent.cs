using System.Net;
using System.Net.Http.Headers;

namespace InnovationNetwork.Tests.Import;

/// <summary>A body of unknown length (sent chunked), written in small pieces; optionally failing part-way.</summary>
public sealed class ChunkedContent : HttpContent
{
    private readonly byte[] _bytes;
    private readonly int? _failAfterBytes;

    public ChunkedContent(byte[] bytes, int? failAfterBytes = null)
    {
        _bytes = bytes;
        _failAfterBytes = failAfterBytes;
        Headers.ContentType = new MediaTypeHeaderValue("application/x-ndjson");
    }

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        for (var offset = 0; offset < _bytes.Length; offset += 1024)
        {
            if (offset >= _failAfterBytes)
            {
                // Give the server time to read and import what it has, so the rollback is of real work.
                await Task.Delay(200);
                throw new IOException("the client's file went away");
            }

            await stream.WriteAsync(_bytes.AsMemory(offset, Math.Min(1024, _bytes.Length - offset)));
            await stream.FlushAsync();
        }
    }

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }
}
