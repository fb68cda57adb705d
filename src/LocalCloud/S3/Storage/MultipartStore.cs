using System.Globalization;
using System.Security.Cryptography;
using Spot.LocalCloud.S3.Protocol;

namespace Spot.LocalCloud.S3.Storage;

/// <summary>
/// Multipart uploads on disk, one folder per upload. Parts are committed like objects (body under a fresh name,
/// then the record renamed into place), so a part re-sent under the same number replaces the old one whole.
/// </summary>
internal sealed class MultipartStore(StoragePaths paths)
{
    public const int MinPartNumber = 1;
    public const int MaxPartNumber = 10_000;

    private const string UploadFile = "upload.json";

    /// <summary>Starts an upload; <paramref name="template"/>'s id is replaced by a fresh one.</summary>
    public UploadRecord Create(string bucket, UploadRecord template)
    {
        var record = template with { UploadId = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)) };
        var uploadId = record.UploadId;
        var folder = paths.Upload(bucket, uploadId);
        Directory.CreateDirectory(folder);
        JsonFile.WriteAtomically(Path.Combine(folder, UploadFile), record);
        return record;
    }

    /// <summary>The upload, checked to belong to <paramref name="key"/>; NoSuchUpload otherwise.</summary>
    public UploadRecord Get(string bucket, string key, string uploadId)
    {
        // The id becomes a folder name, so anything but our own hex ids is refused before it touches a path.
        if (uploadId.Length != 32 || !uploadId.All(char.IsAsciiHexDigitLower)) throw S3Errors.NoSuchUpload(uploadId);
        var record = JsonFile.Read<UploadRecord>(Path.Combine(paths.Upload(bucket, uploadId), UploadFile));
        return record is not null && record.Key == key ? record : throw S3Errors.NoSuchUpload(uploadId);
    }

    public PartRecord CommitPart(string bucket, UploadRecord upload, int partNumber, string receivedFile, Func<string, PartRecord> describe)
    {
        var folder = paths.Upload(bucket, upload.UploadId);
        var stem = PartStem(partNumber);
        var dataFile = $"{stem}.{Guid.NewGuid():N}.data";
        try
        {
            File.Move(receivedFile, Path.Combine(folder, dataFile));
        }
        catch (DirectoryNotFoundException)
        {
            throw S3Errors.NoSuchUpload(upload.UploadId);
        }

        var previous = JsonFile.Read<PartRecord>(Path.Combine(folder, stem + ".json"));
        var record = describe(dataFile);
        JsonFile.WriteAtomically(Path.Combine(folder, stem + ".json"), record);
        if (previous is not null) File.Delete(Path.Combine(folder, previous.DataFile));
        return record;
    }

    public IReadOnlyList<PartRecord> ListParts(string bucket, UploadRecord upload)
    {
        var folder = paths.Upload(bucket, upload.UploadId);
        return [.. Directory.EnumerateFiles(folder, "part-*.json")
            .Select(JsonFile.Read<PartRecord>)
            .OfType<PartRecord>()
            .OrderBy(p => p.PartNumber)];
    }

    public string PartDataPath(string bucket, UploadRecord upload, PartRecord part) =>
        Path.Combine(paths.Upload(bucket, upload.UploadId), part.DataFile);

    public void Delete(string bucket, string uploadId)
    {
        var folder = paths.Upload(bucket, uploadId);
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }

    private static string PartStem(int partNumber) => "part-" + partNumber.ToString("D5", CultureInfo.InvariantCulture);
}
