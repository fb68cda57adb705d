using System.Text;

namespace Spot.Trainer.Data.Text;

/// <summary>
/// Reads the text a language model trains on: the corpus bundled with the trainer (<see cref="Bundled"/>), or a
/// UTF-8 text file.
/// </summary>
public static class TextCorpus
{
    /// <summary>The data location that names the bundled corpus (Data/Text/Corpus, see PROVENANCE.md there).</summary>
    public const string Bundled = "bundled";

    private const string ResourceName = "Spot.Trainer.Data.Text.Corpus.persuasion-volume-1.txt";

    public static string Read(string location)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(location);
        return string.Equals(location, Bundled, StringComparison.OrdinalIgnoreCase) ? ReadBundled() : ReadFile(location);
    }

    private static string ReadBundled()
    {
        using var stream = typeof(TextCorpus).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"the trainer assembly lacks its embedded corpus {ResourceName}; rebuild src/Trainer");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static string ReadFile(string path)
    {
        if (Directory.Exists(path))
            throw new ArgumentException($"text data location {path} is a directory; the language model takes one UTF-8 text file or '{Bundled}'");
        if (!File.Exists(path))
            throw new FileNotFoundException($"text data location {path} does not exist; give a UTF-8 text file or '{Bundled}'", path);
        var text = File.ReadAllText(path, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true));
        if (text.Length == 0)
            throw new ArgumentException($"text data location {path} is empty");
        return text;
    }
}
