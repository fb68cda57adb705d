using Amazon.S3;
using Spot.Contracts.Bootstrap;
using Spot.Trainer.Data;
using Spot.Trainer.Data.Text;
using Spot.Trainer.Models;

namespace Spot.Trainer.Hosting;

/// <summary>
/// Loads a split from the job's data URI: local locations go to <see cref="TrainingDataLoader"/>; an S3 URI is a
/// prefix of IDX files for the image models, or the key of a text file for the language model.
/// </summary>
public static class JobDataLoader
{
    /// <param name="s3">Called only for an S3 URI.</param>
    public static async Task<ITrainingData> LoadAsync(TrainerJob job, DatasetSplit split, Func<IAmazonS3> s3, CancellationToken cancellationToken)
    {
        var training = job.Training;
        if (!S3Location.IsS3(job.DataUri))
            return TrainingDataLoader.Load(training.Model, training.ModelOptions, job.DataUri, split);

        var location = S3Location.Parse(job.DataUri, TrainerEnvironment.DataUri);
        if (ModelFactory.Validate(training.Model, training.ModelOptions) is TransformerShape lm)
        {
            var text = await RemoteText.ReadAsync(s3(), location.Bucket, location.Prefix, cancellationToken);
            return TextDataset.FromText(text, job.DataUri, lm.Context, split);
        }
        return await new RemoteFashionMnist(s3(), location.Bucket, location.Prefix).LoadAsync(split, cancellationToken);
    }
}
