using Spot.LocalCloud.S3.Payload;
using Spot.LocalCloud.S3.Protocol;
using Spot.LocalCloud.S3.Storage;

namespace Spot.LocalCloud.S3.Operations;

/// <summary>
/// A request body received and verified into a temp file. Committing moves the file away; disposing deletes
/// whatever is left, so a refused or failed upload leaves nothing behind.
/// </summary>
internal sealed class ReceivedBody : IDisposable
{
    private ReceivedBody(string path, ReceivedPayload payload)
    {
        TempPath = path;
        Payload = payload;
    }

    public string TempPath { get; }
    public ReceivedPayload Payload { get; }

    public static async Task<ReceivedBody> ReceiveAsync(S3Call call, ChecksumAlgorithm? defaultAlgorithm)
    {
        var path = call.Services.NewTempFile();
        try
        {
            ReceivedPayload payload;
            await using (var file = StreamCopy.CreateNew(path))
            {
                payload = await PayloadReceiver.ReceiveAsync(call.Request, file, call.Services.Options.MaxObjectBytes, defaultAlgorithm, call.Aborted);
            }

            return new ReceivedBody(path, payload);
        }
        catch
        {
            File.Delete(path);
            throw;
        }
    }

    public void Dispose() => File.Delete(TempPath);
}
