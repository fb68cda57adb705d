using Spot.Launcher.Cloud.Storage;
using Spot.Launcher.Jobs.Spec;

namespace Spot.Launcher.Daemon;

/// <summary>
/// Turns a job's dataset into the URI the trainer reads. Fashion-MNIST is copied once from this machine's Debian
/// package to the job bucket, so instances stream it from S3 like any user dataset.
/// </summary>
public sealed class TrainerDataLocator(DatasetUploader uploader, string bucket, string fashionMnistDirectory = DatasetSpec.DebianFashionMnistDirectory)
{
    public const string FashionMnistPrefix = "datasets/fashion-mnist";

    public async Task<string> UriForAsync(DatasetSpec dataset, CancellationToken cancellationToken)
    {
        switch (dataset.Kind)
        {
            case DatasetKind.FashionMnist when Directory.Exists(fashionMnistDirectory):
                var target = new S3Location(bucket, FashionMnistPrefix);
                await uploader.UploadAsync(fashionMnistDirectory, target, cancellationToken);
                return target.ToString();
            case DatasetKind.FashionMnist:
                // Not on this machine: the instance image must carry Debian's package.
                return DatasetSpec.DebianFashionMnistDirectory;
            default:
                return dataset.Location;
        }
    }
}
