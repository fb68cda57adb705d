using System.Security.Cryptography;
using System.Text;
using Spot.Trainer.Data.Text;
using Spot.Trainer.Tests.Support;

namespace Spot.Trainer.Tests.Data;

public sealed class TextCorpusTests
{
    [Fact]
    public void The_bundled_corpus_is_the_text_its_provenance_file_describes()
    {
        var text = TextCorpus.Read(TextCorpus.Bundled);
        var bytes = Encoding.UTF8.GetBytes(text);

        // Figures from Data/Text/Corpus/PROVENANCE.md: within the 50-300 KB the test budget allows.
        Assert.Equal(215_526, bytes.Length);
        Assert.Equal("19e6d10cdd36f1955d5c0ea959650f3663d9ab35adab7f221f1cbe34f5ce5f59", Convert.ToHexStringLower(SHA256.HashData(bytes)));
        Assert.StartsWith("Persuasion", text, StringComparison.Ordinal);
        Assert.EndsWith("(End of volume one.)\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_takes_a_utf8_text_file_as_it_is()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.Combine("tale.txt"), "Once upon a time, café\n");

        Assert.Equal("Once upon a time, café\n", TextCorpus.Read(dir.Combine("tale.txt")));
    }

    [Fact]
    public void Read_names_a_missing_file_and_the_bundled_alternative()
    {
        var error = Assert.Throws<FileNotFoundException>(() => TextCorpus.Read("/nonexistent/tale.txt"));

        Assert.Contains("text data location /nonexistent/tale.txt does not exist; give a UTF-8 text file or 'bundled'", error.Message);
    }

    [Fact]
    public void Read_rejects_a_directory_and_an_empty_file_by_name()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.Combine("empty.txt"), "");

        Assert.Contains($"{dir.Path} is a directory", Assert.Throws<ArgumentException>(() => TextCorpus.Read(dir.Path)).Message);
        Assert.Contains("empty.txt is empty", Assert.Throws<ArgumentException>(() => TextCorpus.Read(dir.Combine("empty.txt"))).Message);
    }

    [Fact]
    public void Read_rejects_a_file_that_is_not_utf8()
    {
        using var dir = new TempDirectory();
        File.WriteAllBytes(dir.Combine("latin1.txt"), [0x63, 0x61, 0x66, 0xE9]); // "café" in Latin-1

        Assert.Throws<DecoderFallbackException>(() => TextCorpus.Read(dir.Combine("latin1.txt")));
    }
}
