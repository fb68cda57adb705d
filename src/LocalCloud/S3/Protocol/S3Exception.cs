namespace Spot.LocalCloud.S3.Protocol;

/// <summary>
/// A request that S3 refuses: carries the AWS error code, the HTTP status and the message that go into the
/// <c>&lt;Error&gt;</c> body. Thrown anywhere below the dispatcher, which turns it into the response.
/// </summary>
public sealed class S3Exception : Exception
{
    public S3Exception(string code, int statusCode, string message)
        : base(message)
    {
        Code = code;
        StatusCode = statusCode;
    }

    public S3Exception()
        : this("InternalError", 500, "We encountered an internal error. Please try again.")
    {
    }

    public S3Exception(string message)
        : this("InternalError", 500, message)
    {
    }

    public S3Exception(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = "InternalError";
        StatusCode = 500;
    }

    public string Code { get; }
    public int StatusCode { get; }
}
