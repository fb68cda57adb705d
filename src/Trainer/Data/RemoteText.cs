using System.Text;
using Amazon.S3;

namespace Spot.Trainer.Data;

/// <summary>A language model's text, read whole from one S3 object (the data URI names the object's key).</summary>
public static class RemoteText
{
    public static async Task<string> ReadAsync(IAmazonS3 s3, string bucket, string key, CancellationToken cancellationToken)
    {
        if (key.Length == 0)
            throw new ArgumentException($"s3://{bucket}/ names no object; the language model's data URI must name a text file, e.g. s3://{bucket}/corpus.txt", nameof(key));
        try
        {
            using var response = await s3.GetObjectAsync(bucket, key, cancellationToken);
            using var reader = new StreamReader(response.ResponseStream, Encoding.UTF8);
            return await reader.ReadToEndAsync(cancellationToken);
        }
        catch (AmazonS3Exception e) when (e.ErrorCode == "NoSuchKey")
        {
            throw new FileNotFoundException($"s3://{bucket}/{key} does not exist; upload the text there or point the data URI at it");
        }
    }
}
