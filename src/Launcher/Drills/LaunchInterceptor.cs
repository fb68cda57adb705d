using Spot.CostModel.Placement;
using Spot.Launcher.Cloud.Launch;

namespace Spot.Launcher.Drills;

/// <summary>
/// Wraps each drill daemon's launcher so a drill can kill the daemon in the middle of a launch: once armed for a job,
/// the job's next launch reaches EC2, and then the daemon "dies" before it can record the instance, as a killed
/// process would. It can also hold a job's launches back for a while (a drill that must change S3 before the job
/// resumes). Only the armed job's launches are hit; one switch serves every daemon of a drill session.
/// </summary>
internal sealed class LaunchInterceptor : IDisposable
{
    private readonly Lock _gate = new();
    private string? _armedFor;
    private TaskCompletionSource<string>? _crashed;
    private CancellationTokenSource _dead = new();
    private string? _heldFor;
    private TaskCompletionSource _holdLifted = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Arms the switch for the job with this key; the task ends with the launched instance's id.</summary>
    public Task<string> Arm(string jobKey)
    {
        lock (_gate)
        {
            _armedFor = jobKey;
            _crashed = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
            return _crashed.Task;
        }
    }

    /// <summary>Keeps the job's launches from starting until <see cref="LiftHold"/>.</summary>
    public void Hold(string jobKey)
    {
        lock (_gate)
        {
            _heldFor = jobKey;
            _holdLifted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    public void LiftHold()
    {
        lock (_gate)
        {
            _heldFor = null;
            _holdLifted.TrySetResult();
        }
    }

    /// <summary>Ends the launch stuck in the dead daemon, so that daemon can be disposed; call before disposing it.</summary>
    public async Task BuryAsync()
    {
        CancellationTokenSource dead;
        lock (_gate)
        {
            dead = _dead;
            _dead = new CancellationTokenSource();
        }
        await dead.CancelAsync();
        dead.Dispose();
    }

    private Task WaitWhileHeldAsync(string jobKey, CancellationToken cancellationToken)
    {
        lock (_gate)
            return _heldFor == jobKey ? _holdLifted.Task.WaitAsync(cancellationToken) : Task.CompletedTask;
    }

    public void Dispose()
    {
        lock (_gate) _dead.Dispose();
    }

    public IInstanceLauncher Wrap(IInstanceLauncher inner) => new Crashing(inner, this);

    private (bool Crash, CancellationToken Dead) Claim(string jobKey, string instanceId)
    {
        lock (_gate)
        {
            if (_armedFor != jobKey) return (false, default);
            _armedFor = null;
            _crashed!.TrySetResult(instanceId);
            return (true, _dead.Token);
        }
    }

    private sealed class Crashing(IInstanceLauncher inner, LaunchInterceptor owner) : IInstanceLauncher
    {
        public async Task<LaunchResult> LaunchAsync(LaunchRequest request, IReadOnlyList<RankedOffering> offerings, CancellationToken cancellationToken = default)
        {
            await owner.WaitWhileHeldAsync(request.JobId, cancellationToken);
            var result = await inner.LaunchAsync(request, offerings, cancellationToken);
            var (crash, dead) = owner.Claim(request.JobId, result.InstanceId);
            if (!crash) return result;
            // Nothing after RunInstances runs in a dead process: the launch never returns to be recorded.
            using var either = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, dead);
            await Task.Delay(Timeout.Infinite, either.Token);
            throw new InvalidOperationException("unreachable: the delay above only ends by cancellation");
        }
    }
}
