using InnovationNetwork.Search.Storage;
using Lucene.Net.Store;

namespace InnovationNetwork.Tests.Search;

/// <summary>The in-memory reads decode what Lucene's writers encode, slice compound files, and refuse to read past an end.</summary>
public sealed class ResidentReadDirectoryTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "resident-" + Guid.NewGuid().ToString("N"));
    private readonly ResidentReadDirectory _directory;

    public ResidentReadDirectoryTests()
    {
        System.IO.Directory.CreateDirectory(_folder);
        _directory = new ResidentReadDirectory(new DirectoryInfo(_folder));
        using var output = _directory.CreateOutput("values.bin", IOContext.DEFAULT);
        output.WriteByte(0xFE);
        output.WriteInt16(-12345);
        output.WriteInt32(int.MinValue + 7);
        output.WriteInt64(long.MaxValue - 3);
        foreach (var value in new[] { 0, 1, 127, 128, 16_383, 16_384, int.MaxValue, -1 })
        {
            output.WriteVInt32(value);
        }

        foreach (var value in new[] { 0L, 300L, long.MaxValue })
        {
            output.WriteVInt64(value);
        }

        output.WriteString("Graphene — 2D");
        output.WriteBytes([1, 2, 3, 4, 5], 5);
    }

    public void Dispose()
    {
        _directory.Dispose();
        System.IO.Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public void Reads_ShouldDecodeWhatLuceneWrote()
    {
        using var input = _directory.OpenInput("values.bin", IOContext.READ);

        Assert.Equal(0xFE, input.ReadByte());
        Assert.Equal(-12345, input.ReadInt16());
        Assert.Equal(int.MinValue + 7, input.ReadInt32());
        Assert.Equal(long.MaxValue - 3, input.ReadInt64());
        Assert.Equal(new[] { 0, 1, 127, 128, 16_383, 16_384, int.MaxValue, -1 }, Enumerable.Range(0, 8).Select(_ => input.ReadVInt32()));
        Assert.Equal(new[] { 0L, 300L, long.MaxValue }, Enumerable.Range(0, 3).Select(_ => input.ReadVInt64()));
        Assert.Equal("Graphene — 2D", input.ReadString());
        var bytes = new byte[5];
        input.ReadBytes(bytes, 0, 5);
        Assert.Equal(new byte[] { 1, 2, 3, 4, 5 }, bytes);
        Assert.Equal(input.Length, input.Position);
        Assert.Throws<EndOfStreamException>(() => input.ReadByte());
    }

    [Fact]
    public void ClonesAndSlices_ShouldKeepTheirOwnPositions_AndStayInsideTheirBounds()
    {
        using var input = _directory.OpenInput("values.bin", IOContext.READ);
        input.Seek(3);
        var clone = (IndexInput)input.Clone();
        using var slicer = _directory.CreateSlicer("values.bin", IOContext.READ);
        using var slice = slicer.OpenSlice("int32", 3, 4);

        Assert.Equal(int.MinValue + 7, clone.ReadInt32());
        Assert.Equal(3, input.Position);
        Assert.Equal(int.MinValue + 7, slice.ReadInt32());
        Assert.Equal(4, slice.Length);
        Assert.Throws<EndOfStreamException>(() => slice.ReadByte());
        Assert.Throws<EndOfStreamException>(() => slice.Seek(5));
        Assert.Throws<EndOfStreamException>(() => slice.ReadBytes(new byte[8], 0, 8));
    }

    [Fact]
    public void FlushMergeAndReadOnceReads_ShouldStreamFromDisk()
    {
        foreach (var context in new[] { new IOContext(new MergeInfo(1, 1, false, 1)), new IOContext(new FlushInfo(1, 1)), IOContext.READ_ONCE })
        {
            using var input = _directory.OpenInput("values.bin", context);

            Assert.IsNotType<ResidentIndexInput>(input);
            Assert.Equal(0xFE, input.ReadByte());
        }
    }
}
