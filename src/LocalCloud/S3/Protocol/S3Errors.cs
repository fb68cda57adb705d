namespace Spot.LocalCloud.S3.Protocol;

/// <summary>The AWS error codes this S3 answers with, each with the status AWS pairs it with.</summary>
internal static class S3Errors
{
    public static S3Exception NoSuchBucket(string bucket) =>
        new("NoSuchBucket", 404, $"The specified bucket '{bucket}' does not exist.");

    public static S3Exception NoSuchKey(string key) =>
        new("NoSuchKey", 404, $"The specified key '{key}' does not exist.");

    public static S3Exception NoSuchUpload(string uploadId) =>
        new("NoSuchUpload", 404, $"The specified multipart upload '{uploadId}' does not exist. It may have been aborted or completed.");

    public static S3Exception InvalidBucketName(string bucket) =>
        new("InvalidBucketName", 400, $"The bucket name '{bucket}' is not valid: use 3 to 63 lowercase letters, digits, dots and hyphens, starting and ending with a letter or digit.");

    public static S3Exception BucketAlreadyOwnedByYou(string bucket) =>
        new("BucketAlreadyOwnedByYou", 409, $"The bucket '{bucket}' already exists and you own it.");

    public static S3Exception BucketNotEmpty(string bucket) =>
        new("BucketNotEmpty", 409, $"The bucket '{bucket}' is not empty: delete its objects first.");

    public static S3Exception KeyTooLong(int bytes) =>
        new("KeyTooLongError", 400, $"The object key is {bytes} bytes long in UTF-8; the limit is 1024.");

    public static S3Exception InvalidArgument(string argument, string rule) =>
        new("InvalidArgument", 400, $"Argument '{argument}' is not valid: {rule}.");

    public static S3Exception InvalidRequest(string message) => new("InvalidRequest", 400, message);

    public static S3Exception InvalidRange(string range, long size) =>
        new("InvalidRange", 416, $"The requested range '{range}' is not satisfiable for an object of {size} bytes.");

    public static S3Exception PreconditionFailed(string condition) =>
        new("PreconditionFailed", 412, $"At least one of the pre-conditions you specified did not hold: {condition}.");

    public static S3Exception InvalidPart(int partNumber, string why) =>
        new("InvalidPart", 400, $"Part {partNumber} is not valid: {why}.");

    public static S3Exception InvalidPartOrder() =>
        new("InvalidPartOrder", 400, "The list of parts was not in ascending order of part number.");

    public static S3Exception EntityTooSmall(int partNumber, long size, long minimum) =>
        new("EntityTooSmall", 400, $"Part {partNumber} is {size} bytes; every part except the last must be at least {minimum} bytes.");

    public static S3Exception MalformedXml(string why) =>
        new("MalformedXML", 400, $"The XML you provided was not well-formed or did not validate: {why}.");

    public static S3Exception BadDigest(string header) =>
        new("BadDigest", 400, $"The {header} you specified did not match the body that was received.");

    public static S3Exception InvalidDigest(string header) =>
        new("InvalidDigest", 400, $"The {header} you specified is not a valid digest for its algorithm.");

    public static S3Exception ContentSha256Mismatch() =>
        new("XAmzContentSHA256Mismatch", 400, "The x-amz-content-sha256 you specified did not match the SHA-256 of the body that was received.");

    public static S3Exception IncompleteBody(long expected, long received) =>
        new("IncompleteBody", 400, $"The request body was {received} bytes long but its headers declared {expected}.");

    public static S3Exception MissingContentLength() =>
        new("MissingContentLength", 411, "You must provide the Content-Length HTTP header.");

    public static S3Exception EntityTooLarge(long size, long maximum) =>
        new("EntityTooLarge", 400, $"The body is {size} bytes; the most this operation accepts is {maximum}.");

    public static S3Exception MethodNotAllowed(string method, string resource) =>
        new("MethodNotAllowed", 405, $"The method {method} is not allowed against {resource}.");

    public static S3Exception NotImplemented(string what) =>
        new("NotImplemented", 501, $"LocalCloud's S3 does not implement {what}.");

    public static S3Exception InternalError() =>
        new("InternalError", 500, "We encountered an internal error. Please try again.");

    public static S3Exception SlowDown() =>
        new("SlowDown", 503, "Please reduce your request rate.");
}
