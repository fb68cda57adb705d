namespace Spot.LocalCloud.Ec2;

/// <summary>An EC2 error as AWS returns it: a code, a message and the HTTP status that goes with the code.</summary>
public sealed class Ec2Exception : Exception
{
    public Ec2Exception(string code, string message, int statusCode = 400)
        : base(message)
    {
        Code = code;
        StatusCode = statusCode;
    }

    public Ec2Exception()
        : this("InternalError", "An internal error has occurred.", 500)
    {
    }

    public Ec2Exception(string message)
        : this("InternalError", message, 500)
    {
    }

    public Ec2Exception(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = "InternalError";
        StatusCode = 500;
    }

    public string Code { get; }

    public int StatusCode { get; }
}
