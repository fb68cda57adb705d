using System.IO.Compression;
using Spot.Trainer.Data;

namespace Spot.Trainer.Tests.Data;

public sealed class IdxReaderTests
{
    // A 2×3 unsigned-byte array: magic 00 00 08 02, then dims 2 and 3 as big-endian int32, then six bytes.
    private static readonly byte[] TwoByThree = [0, 0, 0x08, 2, 0, 0, 0, 2, 0, 0, 0, 3, 1, 2, 3, 4, 5, 6];

    [Fact]
    public void Read_parses_the_big_endian_dimensions_and_the_data()
    {
        var array = IdxReader.Read(new MemoryStream(TwoByThree), "tiny-idx2-ubyte");

        Assert.Equal(IdxElementType.UnsignedByte, array.ElementType);
        Assert.Equal(new[] { 2, 3 }, array.Dimensions);
        Assert.Equal(6, array.ElementCount);
        Assert.Equal(new byte[] { 1, 2, 3, 4, 5, 6 }, array.Data);
    }

    [Fact]
    public void Read_decompresses_when_the_name_ends_in_gz()
    {
        var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
            gzip.Write(TwoByThree);
        compressed.Position = 0;

        var array = IdxReader.Read(compressed, "tiny-idx2-ubyte.gz");

        Assert.Equal(new byte[] { 1, 2, 3, 4, 5, 6 }, array.Data);
    }

    [Fact]
    public void Read_rejects_a_bad_magic_number_and_names_the_file()
    {
        byte[] bad = [.. TwoByThree];
        bad[0] = 0x42;

        var error = Assert.Throws<IdxFormatException>(() => IdxReader.Read(new MemoryStream(bad), "labels.idx"));

        Assert.Contains("labels.idx", error.Message);
        Assert.Contains("bad magic number 0x42000802", error.Message);
    }

    [Fact]
    public void Read_rejects_a_truncated_file_and_says_how_much_is_missing()
    {
        var error = Assert.Throws<IdxFormatException>(() => IdxReader.Read(new MemoryStream(TwoByThree[..^2]), "images.idx"));

        Assert.Contains("images.idx", error.Message);
        Assert.Contains("promises 6 bytes of data but only 4 follow", error.Message);
    }

    [Fact]
    public void Read_rejects_a_file_cut_inside_its_header()
    {
        var error = Assert.Throws<IdxFormatException>(() => IdxReader.Read(new MemoryStream(TwoByThree[..6]), "images.idx"));

        Assert.Contains("truncated inside the 2 dimension sizes", error.Message);
    }

    [Fact]
    public void Read_rejects_data_past_the_declared_size()
    {
        var error = Assert.Throws<IdxFormatException>(() => IdxReader.Read(new MemoryStream([.. TwoByThree, 7]), "images.idx"));

        Assert.Contains("continues past the 6 bytes", error.Message);
    }

    [Fact]
    public void Read_rejects_gzip_data_under_a_plain_name()
    {
        var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
            gzip.Write(TwoByThree);
        compressed.Position = 0;

        var error = Assert.Throws<IdxFormatException>(() => IdxReader.Read(compressed, "images.idx"));

        Assert.Contains("gzip-compressed but the name does not end in .gz", error.Message);
    }

    [Fact]
    public void Read_rejects_an_unknown_element_type()
    {
        byte[] bad = [.. TwoByThree];
        bad[2] = 0x0A;

        var error = Assert.Throws<IdxFormatException>(() => IdxReader.Read(new MemoryStream(bad), "x.idx"));

        Assert.Contains("unknown element type code 0x0A", error.Message);
    }

    [Fact]
    public void ReadFile_reads_the_fashion_mnist_test_labels_installed_by_debian()
    {
        var labels = IdxReader.ReadFile(Path.Combine(FashionMnist.DebianDirectory, "t10k-labels-idx1-ubyte.gz"));

        Assert.Equal(new[] { 10000 }, labels.Dimensions);
        // Fashion-MNIST's test split is balanced: 1,000 examples of each of the ten classes.
        Assert.All(Enumerable.Range(0, 10), label => Assert.Equal(1000, labels.Data.Count(b => b == label)));
    }
}
