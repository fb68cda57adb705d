using Spot.CostModel.Ledger;
using Spot.Launcher.Jobs.State;
using Xunit.Abstractions;

namespace Spot.Launcher.Tests.EndToEnd;

/// <summary>The spine, end to end: a job loses its spot instance twice and still ends with the weights of a run that never did.</summary>
[Collection(EndToEndCollection.Name)]
public sealed class InterruptionRecoveryTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(4);

    [Fact]
    public async Task Job_interrupted_twice_succeeds_with_three_attempts_and_the_weights_of_an_uninterrupted_run()
    {
        await using var rig = await DaemonRig.StartAsync();
        // Long enough that each attempt is still running when the test looks for it (the MLP does ~50 steps/s).
        var interrupted = await rig.SubmitAsync(JobSpecs.SmallMlp("twice", steps: 900));
        var reference = await rig.SubmitAsync(JobSpecs.SmallMlp("straight", steps: 900));

        var first = await rig.RunningPastAsync(interrupted.Id, attempt: 1, step: 40, Limit);
        await rig.Admin.InterruptAsync(first.InstanceId!);
        var second = await rig.RunningPastAsync(interrupted.Id, attempt: 2, step: first.LastDurableStep!.Value + 100, Limit);
        await rig.Admin.InterruptAsync(second.InstanceId!);

        var ended = await rig.EndedAsync(interrupted.Id, Limit);
        var straight = await rig.EndedAsync(reference.Id, Limit);
        Assert.Equal((JobState.Succeeded, JobState.Succeeded), (ended.State, straight.State));

        var ledger = await rig.Store.ReadLedgerAsync(interrupted.Id, CancellationToken.None);
        foreach (var attempt in ledger)
            output.WriteLine($"attempt {attempt.Attempt}: {attempt.InstanceId} {attempt.InstanceType} {attempt.AvailabilityZone} {attempt.StartedAt:O}..{attempt.EndedAt:O} {attempt.EndReason} steps {attempt.StepsDone}");
        Assert.Equal(
            [AttemptEndReason.SpotInterruption, AttemptEndReason.SpotInterruption, AttemptEndReason.Completed],
            ledger.Select(a => a.EndReason!.Value));
        Assert.Equal(2, ended.Interruptions);

        var hashes = (await rig.FinalModelHashAsync(ended), await rig.FinalModelHashAsync(straight));
        output.WriteLine($"final model part sha256: interrupted {hashes.Item1}, uninterrupted {hashes.Item2}");
        Assert.Equal(hashes.Item2, hashes.Item1);
        Assert.Equal(0, await rig.LiveInstancesAsync());
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class EndToEndCollection
{
    public const string Name = "end-to-end";
}
