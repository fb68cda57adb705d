using Spot.Trainer.Data;
using Spot.Trainer.Native;

namespace Spot.Trainer.Tests.Support;

/// <summary>Fashion-MNIST loaded once for every in-process test that trains (scripts/setup.sh installs it).</summary>
public sealed class FashionMnistFixture : IDisposable
{
    public const int Threads = 2;

    public FashionMnistFixture()
    {
        TorchRuntime.Initialize(Threads);
        Train = FashionMnist.Load(FashionMnist.DebianDirectory, DatasetSplit.Train);
        Test = FashionMnist.Load(FashionMnist.DebianDirectory, DatasetSplit.Test);
    }

    public LabeledImages Train { get; }
    public LabeledImages Test { get; }

    public void Dispose()
    {
        Train.Dispose();
        Test.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class FashionMnistCollection : ICollectionFixture<FashionMnistFixture>
{
    public const string Name = "Fashion-MNIST";
}
