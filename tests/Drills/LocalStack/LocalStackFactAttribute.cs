namespace Spot.Drills.Tests.LocalStack;

/// <summary>
/// A fact that runs only when LocalStack is usable: otherwise `dotnet test` lists it as skipped with the probe's reason
/// (for instance "LocalStack at http://localhost:4566/ is not usable (ConnectionRefused): ...").
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class LocalStackFactAttribute : FactAttribute
{
    public LocalStackFactAttribute()
    {
        if (LocalStackTarget.Probe.SkipReason is { } why) Skip = why;
    }
}
