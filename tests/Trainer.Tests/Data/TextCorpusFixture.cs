using Spot.Trainer.Data;
using Spot.Trainer.Data.Text;
using Spot.Trainer.Native;

namespace Spot.Trainer.Tests.Data;

/// <summary>The bundled text as training and validation windows, loaded once for every language-model test.</summary>
public sealed class TextCorpusFixture : IDisposable
{
    public const int Context = 32;

    public TextCorpusFixture()
    {
        TorchRuntime.Initialize(2);
        Train = TextDataset.Load(TextCorpus.Bundled, Context, DatasetSplit.Train);
        Validation = TextDataset.Load(TextCorpus.Bundled, Context, DatasetSplit.Test);
    }

    public TokenWindows Train { get; }
    public TokenWindows Validation { get; }

    public void Dispose()
    {
        Train.Dispose();
        Validation.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class TextCorpusCollection : ICollectionFixture<TextCorpusFixture>
{
    public const string Name = "Bundled text";
}
