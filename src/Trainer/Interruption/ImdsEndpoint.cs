namespace Spot.Trainer.Interruption;

/// <summary>Where the instance metadata service is: the AWS SDKs' override variable, or the link-local default.</summary>
public sealed record ImdsEndpoint(Uri Address, bool Configured)
{
    public const string Variable = "AWS_EC2_METADATA_SERVICE_ENDPOINT";
    public static readonly Uri Default = new("http://169.254.169.254/");

    /// <summary>Reads <see cref="Variable"/>; a value that is not an absolute http URL is an error naming it.</summary>
    public static ImdsEndpoint FromEnvironment(IReadOnlyDictionary<string, string> environment)
    {
        if (!environment.TryGetValue(Variable, out var text) || string.IsNullOrWhiteSpace(text))
            return new ImdsEndpoint(Default, Configured: false);
        if (!Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            throw new ArgumentException($"{Variable}: '{text}' is not an absolute http URL such as {Default}");
        // A base without a trailing slash would lose its last segment when joined with "latest/...".
        return new ImdsEndpoint(uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/"), Configured: true);
    }
}
