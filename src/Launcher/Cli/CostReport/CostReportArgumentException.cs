namespace Spot.Launcher.Cli.CostReport;

/// <summary>A bad argument to `spot cost-report`: the message names the argument and the rule, and the command
/// exits with <see cref="Spot.Contracts.ExitCodes.BadArguments"/>.</summary>
public sealed class CostReportArgumentException : Exception
{
    public CostReportArgumentException(string message)
        : base(message)
    {
    }

    public CostReportArgumentException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
