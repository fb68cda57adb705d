namespace Spot.Launcher.Store;

/// <summary>EC2 client tokens for attempts. The job's random uid (not its store number, which restarts with a new
/// store file) keeps tokens unique across stores; EC2 allows at most 64 ASCII characters.</summary>
public static class ClientTokens
{
    public static string For(string jobUid, int attempt) => $"spot-{jobUid}-{attempt}";
}
