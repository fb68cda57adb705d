using System.Globalization;
using System.Xml.Linq;
using Spot.LocalCloud.S3.Payload;
using Spot.LocalCloud.S3.Protocol;
using Spot.LocalCloud.S3.Storage;

namespace Spot.LocalCloud.S3.Operations;

/// <summary>A part as the CompleteMultipartUpload body names it: number, ETag and optionally its checksum.</summary>
internal sealed record RequestedPart(int PartNumber, string ETag, string? Checksum);

/// <summary>
/// The parts list of a CompleteMultipartUpload, matched against the parts that were uploaded: ascending numbers
/// (InvalidPartOrder), parts that exist with the ETag and checksum the client saw (InvalidPart), and every part but
/// the last at least the minimum size (EntityTooSmall).
/// </summary>
internal static class CompletionRequest
{
    public static IReadOnlyList<RequestedPart> Parse(XElement root, string? checksumAlgorithm)
    {
        if (root.Name.LocalName != "CompleteMultipartUpload") throw S3Errors.MalformedXml("the root element must be CompleteMultipartUpload");
        var checksumName = checksumAlgorithm is null ? null : "Checksum" + checksumAlgorithm;

        var parts = root.Elements().Where(e => e.Name.LocalName == "Part").Select(part =>
        {
            var numberText = S3Xml.Child(part, "PartNumber") ?? throw S3Errors.MalformedXml("a Part has no PartNumber");
            if (!int.TryParse(numberText, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
                throw S3Errors.MalformedXml($"PartNumber '{numberText}' is not a whole number");
            var etag = S3Xml.Child(part, "ETag") ?? throw S3Errors.MalformedXml($"Part {number} has no ETag");
            return new RequestedPart(number, ETags.Unquote(etag), checksumName is null ? null : S3Xml.Child(part, checksumName));
        }).ToList();

        if (parts.Count == 0) throw S3Errors.MalformedXml("CompleteMultipartUpload lists no parts");
        for (var i = 1; i < parts.Count; i++)
        {
            if (parts[i].PartNumber <= parts[i - 1].PartNumber) throw S3Errors.InvalidPartOrder();
        }

        return parts;
    }

    /// <summary>The stored parts to assemble, in order; throws on the first part that does not match.</summary>
    public static IReadOnlyList<PartRecord> Match(IReadOnlyList<RequestedPart> requested, IReadOnlyList<PartRecord> uploaded, long minPartBytes)
    {
        var byNumber = uploaded.ToDictionary(p => p.PartNumber);
        var matched = new List<PartRecord>(requested.Count);
        foreach (var wanted in requested)
        {
            if (!byNumber.TryGetValue(wanted.PartNumber, out var part))
                throw S3Errors.InvalidPart(wanted.PartNumber, "it was not uploaded");
            if (wanted.ETag != part.ETag)
                throw S3Errors.InvalidPart(wanted.PartNumber, $"ETag \"{wanted.ETag}\" does not match the uploaded part's {part.QuotedETag}");
            if (wanted.Checksum is not null && wanted.Checksum != part.Checksum?.Value)
                throw S3Errors.InvalidPart(wanted.PartNumber, $"checksum '{wanted.Checksum}' does not match the uploaded part's '{part.Checksum?.Value}'");
            matched.Add(part);
        }

        for (var i = 0; i < matched.Count - 1; i++)
        {
            if (matched[i].Size < minPartBytes) throw S3Errors.EntityTooSmall(matched[i].PartNumber, matched[i].Size, minPartBytes);
        }

        return matched;
    }

    /// <summary>S3's multipart ETag: the MD5 of the parts' binary MD5s, then "-" and the part count.</summary>
    public static string MultipartETag(IReadOnlyList<PartRecord> parts)
    {
        using var md5 = new DigestHash(System.Security.Cryptography.HashAlgorithmName.MD5);
        foreach (var part in parts) md5.Append(Convert.FromHexString(part.ETag));
        return Convert.ToHexStringLower(md5.Finish()) + "-" + parts.Count.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>A COMPOSITE checksum: the algorithm over the parts' binary checksums, then "-N". Null if a part lacks one.</summary>
    public static StoredChecksum? CompositeChecksum(ChecksumAlgorithm algorithm, IReadOnlyList<PartRecord> parts)
    {
        if (parts.Any(p => p.Checksum?.Algorithm != algorithm.Name)) return null;
        using var hash = algorithm.CreateHash();
        foreach (var part in parts) hash.Append(Convert.FromBase64String(part.Checksum!.Value));
        var value = Convert.ToBase64String(hash.Finish()) + "-" + parts.Count.ToString(CultureInfo.InvariantCulture);
        return new StoredChecksum(algorithm.Name, value, StoredChecksum.Composite);
    }
}
