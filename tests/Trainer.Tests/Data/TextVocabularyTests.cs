using Spot.Trainer.Data.Text;

namespace Spot.Trainer.Tests.Data;

public sealed class TextVocabularyTests
{
    [Fact]
    public void Ids_follow_the_ordinal_order_of_the_distinct_characters()
    {
        var vocabulary = CharacterVocabulary.Of("banana band");

        // Distinct: ' ' (32) < 'a' (97) < 'b' < 'd' < 'n'.
        Assert.Equal(5, vocabulary.Size);
        Assert.Equal(new long[] { 2, 1, 4, 1, 4, 1, 0, 2, 1, 4, 3 }, vocabulary.Encode("banana band"));
    }

    [Fact]
    public void Decode_inverts_encode()
    {
        var vocabulary = CharacterVocabulary.Of("It is a truth universally acknowledged");

        Assert.Equal("a truth", vocabulary.Decode(vocabulary.Encode("a truth")));
    }

    [Fact]
    public void Encode_names_a_character_outside_the_vocabulary_and_its_position()
    {
        var vocabulary = CharacterVocabulary.Of("abc");

        var error = Assert.Throws<ArgumentException>(() => vocabulary.Encode("cab!"));

        Assert.Contains("character U+0021 at position 3 is not in the vocabulary of 3 characters", error.Message);
    }

    [Fact]
    public void Decode_rejects_an_id_outside_the_vocabulary()
    {
        var vocabulary = CharacterVocabulary.Of("abc");

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => vocabulary.Decode([0, 3]));

        Assert.Contains("token ids must be in [0, 3)", error.Message);
    }
}
