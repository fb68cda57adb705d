using Amazon.EC2;
using Amazon.Runtime;
using Polly;

namespace Spot.Launcher.Cloud.Launch;

/// <summary>RunInstances into one pool, with one-time spot market options on spot (never RequestSpotInstances).</summary>
internal sealed class RunInstancesCall(IAmazonEC2 ec2, LaunchOptions options, ResiliencePipeline retry) : ILaunchCall
{
    public int PoolsPerCall => 1;

    public async Task<CallOutcome> LaunchAsync(LaunchRequest request, IReadOnlyList<PoolChoice> pools, CancellationToken cancellationToken)
    {
        var choice = pools[0];
        var token = LaunchClientToken.ForPool(request.JobId, request.Attempt, choice.Pool);
        var ec2Request = LaunchRequestFactory.RunInstances(request, choice, options.ImageId, options.InstanceProfileName, token);
        try
        {
            var response = await retry.ExecuteAsync(async ct => await ec2.RunInstancesAsync(ec2Request, ct), cancellationToken);
            var instance = response.Reservation?.Instances?.SingleOrDefault()
                ?? throw new Ec2CallException("EmptyReservation", $"RunInstances in {choice.Pool} answered without an instance.");
            return new CallOutcome(token, instance.InstanceId, choice, instance.Placement?.AvailabilityZone ?? choice.Pool.AvailabilityZone, []);
        }
        catch (AmazonServiceException error) when (Ec2ErrorClassifier.Classify(error, cancellationToken) == Ec2ErrorClass.NextPool)
        {
            return CallOutcome.Refused(token, new PoolRefusal(choice, error.ErrorCode, error.Message));
        }
    }
}
