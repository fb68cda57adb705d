using System.Globalization;

namespace Spot.Launcher.Cloud.Instances;

/// <summary>One attempt of one job, as the spot:job and spot:attempt tags name it on its instance.</summary>
public readonly record struct AttemptKey(string Job, int Attempt)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Job}#{Attempt}");
}
