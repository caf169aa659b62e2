using System.IO.Compression;

namespace InnovationNetwork.Api.Import;

/// <summary>
/// The request body as the importer reads it: straight from the connection, never buffered whole, decoded when
/// it was sent gzip-encoded, and capped both on the wire and after decoding.
/// </summary>
internal sealed class ImportBody(Stream body, long limit, bool gzip) : IAsyncDisposable
{
    private CappedReadStream? _wire;
    private GZipStream? _decoder;
    private CappedReadStream? _decoded;

    public bool LimitExceeded => _wire?.LimitExceeded == true || _decoded?.LimitExceeded == true;

    /// <summary>Bytes handed to the importer (after decoding).</summary>
    public long BytesRead => (_decoded ?? _wire)?.BytesRead ?? 0;

    /// <summary>Opened once, by the importer, after it holds the store's write session.</summary>
    public Stream Open()
    {
        _wire = new CappedReadStream(body, limit);
        if (!gzip)
        {
            return _wire;
        }

        _decoder = new GZipStream(_wire, CompressionMode.Decompress);
        return _decoded = new CappedReadStream(_decoder, limit);
    }

    public async ValueTask DisposeAsync()
    {
        if (_decoder is not null)
        {
            await _decoder.DisposeAsync();
        }
    }
}
