namespace Spot.Launcher.Cloud.Launch;

/// <summary>An EC2 error reported inside a successful response (a CreateFleet errorSet entry), raised like a thrown one.</summary>
public sealed class Ec2CallException : Exception
{
    public Ec2CallException()
    {
    }

    public Ec2CallException(string message)
        : base(message)
    {
    }

    public Ec2CallException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public Ec2CallException(string errorCode, string message)
        : base(message) => ErrorCode = errorCode;

    public string? ErrorCode { get; }
}
