using Amazon.EC2;
using Amazon.EC2.Model;
using Microsoft.Extensions.Logging;
using Polly;

namespace Spot.Launcher.Cloud.Launch;

/// <summary>
/// CreateFleet <c>instant</c> for one instance over several pools of one market. A fleet launches from a launch
/// template, so each attempt gets its own (its user-data is the attempt's), removed again once the fleet has answered.
/// Pools are prioritised by Spot's rank; EC2 reports each refused pool in the answer's errors.
/// </summary>
internal sealed class FleetCall(IAmazonEC2 ec2, LaunchOptions options, ResiliencePipeline retry, ILogger logger) : ILaunchCall
{
    public int PoolsPerCall => options.FleetPoolCount;

    public async Task<CallOutcome> LaunchAsync(LaunchRequest request, IReadOnlyList<PoolChoice> pools, CancellationToken cancellationToken)
    {
        var token = LaunchClientToken.ForFleet(request.JobId, request.Attempt, pools.Select(p => p.Pool));
        var template = SpotTags.NameFor(request.JobId, request.Attempt);
        await CreateTemplateAsync(request, template, cancellationToken);
        CreateFleetResponse response;
        try
        {
            var fleet = FleetRequestFactory.CreateFleet(request, pools, template, options.FleetSpotAllocationStrategy, token);
            response = await retry.ExecuteAsync(async ct => await ec2.CreateFleetAsync(fleet, ct), cancellationToken);
        }
        finally
        {
            await DeleteTemplateAsync(template);
        }

        var errors = (response.Errors ?? []).Select(e => (Choice: Match(pools, e.LaunchTemplateAndOverrides?.Overrides), Error: e)).ToList();
        var refusals = errors
            .Where(e => e.Choice is not null && Ec2ErrorClassifier.Classify(e.Error.ErrorCode) == Ec2ErrorClass.NextPool)
            .Select(e => new PoolRefusal(e.Choice!, e.Error.ErrorCode, e.Error.ErrorMessage ?? ""))
            .ToList();
        var launched = (response.Instances ?? []).FirstOrDefault(i => i.InstanceIds is { Count: > 0 });
        if (launched is not null)
        {
            var choice = Match(pools, launched.LaunchTemplateAndOverrides?.Overrides) ?? pools[0];
            return new CallOutcome(token, launched.InstanceIds[0], choice, launched.LaunchTemplateAndOverrides?.Overrides?.AvailabilityZone ?? choice.Pool.AvailabilityZone, refusals);
        }

        // Nothing launched: an error that is not about one pool (quota, permission) decides the whole call.
        var blocking = errors.FirstOrDefault(e => Ec2ErrorClassifier.Classify(e.Error.ErrorCode) != Ec2ErrorClass.NextPool).Error;
        return blocking is not null
            ? throw new Ec2CallException(blocking.ErrorCode ?? "Unknown", blocking.ErrorMessage ?? "CreateFleet reported an error.")
            : new CallOutcome(token, null, null, null, refusals);
    }

    private static PoolChoice? Match(IReadOnlyList<PoolChoice> pools, FleetLaunchTemplateOverrides? overrides) =>
        overrides is null ? null : pools.FirstOrDefault(p => p.Pool.InstanceType == overrides.InstanceType?.Value && p.Pool.AvailabilityZone == overrides.AvailabilityZone);

    private async Task CreateTemplateAsync(LaunchRequest request, string template, CancellationToken cancellationToken)
    {
        var create = FleetRequestFactory.CreateLaunchTemplate(request, template, options.ImageId, options.InstanceProfileName);
        try
        {
            await retry.ExecuteAsync(async ct => await ec2.CreateLaunchTemplateAsync(create, ct), cancellationToken);
        }
        catch (AmazonEC2Exception error) when (error.ErrorCode == "InvalidLaunchTemplateName.AlreadyExistsException")
        {
            // Left by an earlier try of this attempt (the daemon stopped mid-launch): same job, same attempt, same content.
        }
    }

    private async Task DeleteTemplateAsync(string template)
    {
        try
        {
            // Not the caller's token: the template must go even when the launch is being cancelled.
            await ec2.DeleteLaunchTemplateAsync(new DeleteLaunchTemplateRequest { LaunchTemplateName = template }, CancellationToken.None);
        }
        catch (AmazonEC2Exception error)
        {
            LaunchLog.TemplateCleanupFailed(logger, error, template);
        }
    }
}
