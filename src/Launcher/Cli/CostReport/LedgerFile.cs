using Spot.CostModel.Ledger;
using Spot.CostModel.Ledger.Json;

namespace Spot.Launcher.Cli.CostReport;

/// <summary>Reads the --ledger file, turning every way it can be missing or malformed into a bad-argument error.</summary>
public static class LedgerFile
{
    /// <exception cref="CostReportArgumentException">The file is missing, unreadable or not a valid ledger.</exception>
    public static async Task<IReadOnlyList<AttemptRecord>> ReadAsync(string path, CancellationToken cancellationToken)
    {
        if (Directory.Exists(path))
            throw new CostReportArgumentException($"--ledger: {path} is a directory, not a ledger file.");
        if (!File.Exists(path))
            throw new CostReportArgumentException($"--ledger: {path} does not exist.");
        try
        {
            await using var stream = File.OpenRead(path);
            return await LedgerJsonReader.ReadAsync(stream, cancellationToken);
        }
        catch (LedgerFormatException error)
        {
            throw new CostReportArgumentException($"--ledger: {path}: {error.Message}", error);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw new CostReportArgumentException($"--ledger: cannot read {path}: {error.Message}", error);
        }
    }
}
