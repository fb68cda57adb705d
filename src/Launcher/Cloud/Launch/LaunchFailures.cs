using Amazon.Runtime;

namespace Spot.Launcher.Cloud.Launch;

/// <summary>Turns what ended a launch into a <see cref="LaunchFailedException"/> whose message says what to do.</summary>
internal static class LaunchFailures
{
    public static LaunchFailedException From(Exception error, LaunchRequest request, IReadOnlyList<PoolChoice> group, List<PoolAttempt> tried,
        int maxRetries, CancellationToken cancellationToken)
    {
        var code = error switch
        {
            AmazonServiceException { ErrorCode: { } c } => c,
            Ec2CallException { ErrorCode: { } c } => c,
            _ => null,
        };
        var awsMessage = error.Message;
        var where = string.Join(", ", group.Select(g => g.Pool));
        var job = $"job {request.JobId} attempt {request.Attempt}";
        var (kind, message) = Ec2ErrorClassifier.Classify(error, cancellationToken) switch
        {
            Ec2ErrorClass.Quota => (LaunchFailureKind.Quota,
                $"Launch of {job} stopped: EC2 answered {code}, which means {Ec2ErrorClassifier.Explain(code)} is reached. " +
                $"Raise it in Service Quotas or wait for running instances to end. AWS said: {awsMessage}"),
            Ec2ErrorClass.Unauthorized => (LaunchFailureKind.Unauthorized,
                $"Launch of {job} stopped: EC2 answered {code}, which points to {Ec2ErrorClassifier.Explain(code)}. AWS said: {awsMessage}"),
            Ec2ErrorClass.Throttled or Ec2ErrorClass.Transient => (LaunchFailureKind.RetriesExhausted,
                $"Launch of {job} in {where} still failed with {code ?? error.GetType().Name} after {maxRetries} retries. Whether EC2 " +
                $"launched an instance is unknown: find it by tag {SpotTags.Job}={request.JobId} before launching again. Last error: {awsMessage}"),
            _ => (LaunchFailureKind.Error,
                $"Launch of {job} in {where} failed with {code ?? error.GetType().Name}: {awsMessage}"),
        };
        tried.AddRange(group.Select(g => new PoolAttempt(g.Pool, PoolOutcome.Failed, code, message)));
        return new LaunchFailedException(kind, code, message, tried, error);
    }

    public static LaunchFailedException NoCapacity(LaunchRequest request, List<PoolAttempt> tried)
    {
        var summary = string.Join("; ", tried.Select(t => $"{t.Pool}: {t.Reason}"));
        return new LaunchFailedException(LaunchFailureKind.NoCapacity, null,
            $"No pool could launch job {request.JobId} attempt {request.Attempt}: {summary}.", tried);
    }
}
