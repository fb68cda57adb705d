namespace Spot.Trainer.Data.Text;

/// <summary>
/// Character-level tokens: every distinct character of a text, in ordinal order, gets the next id. The same text
/// always yields the same ids, so a checkpoint's embedding rows keep their meaning across attempts and machines.
/// </summary>
public sealed class CharacterVocabulary
{
    private readonly char[] _characters;
    private readonly Dictionary<char, int> _ids;

    private CharacterVocabulary(char[] characters)
    {
        _characters = characters;
        _ids = characters.Select((character, id) => (character, id)).ToDictionary(pair => pair.character, pair => pair.id);
    }

    public static CharacterVocabulary Of(string text)
    {
        if (string.IsNullOrEmpty(text))
            throw new ArgumentException("a vocabulary needs a non-empty text", nameof(text));
        var characters = text.Distinct().ToArray();
        Array.Sort(characters, (a, b) => a.CompareTo(b));
        return new CharacterVocabulary(characters);
    }

    public int Size => _characters.Length;

    public long[] Encode(string text)
    {
        var ids = new long[text.Length];
        for (int i = 0; i < text.Length; i++)
        {
            if (!_ids.TryGetValue(text[i], out var id))
                throw new ArgumentException($"character U+{(int)text[i]:X4} at position {i} is not in the vocabulary of {Size} characters", nameof(text));
            ids[i] = id;
        }
        return ids;
    }

    public string Decode(IEnumerable<long> ids) =>
        new(ids.Select(id => id >= 0 && id < Size
            ? _characters[id]
            : throw new ArgumentOutOfRangeException(nameof(ids), id, $"token ids must be in [0, {Size})")).ToArray());
}
