namespace Spot.Contracts;

/// <summary>Process exit codes shared by the trainer and the launcher that reads them.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int BadArguments = 2;

    /// <summary>The trainer saw an interruption notice, made an emergency checkpoint durable and stopped.</summary>
    public const int Preempted = 75;
}
