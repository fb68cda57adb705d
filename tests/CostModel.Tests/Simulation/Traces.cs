using Spot.CostModel.Simulation;

namespace Spot.CostModel.Tests.Simulation;

/// <summary>Availability traces for tests: written out by hand, or drawn from a seeded two-state Markov chain.</summary>
internal static class Traces
{
    /// <summary>A trace from a string such as "1100": one character per tick, 1 meaning spot is available.</summary>
    public static AvailabilityTrace Of(string ticks, double tickSeconds = 3600) =>
        new("test", tickSeconds, ticks.Select(c => c == '1').ToArray());

    /// <summary>Outages and spells of availability whose mean lengths are given in ticks.</summary>
    public static AvailabilityTrace Markov(int seed, int length, double meanUpTicks, double meanDownTicks, double tickSeconds)
    {
        var random = new Random(seed);
        var samples = new bool[length];
        var up = random.NextDouble() < meanUpTicks / (meanUpTicks + meanDownTicks);
        for (var i = 0; i < length; i++)
        {
            samples[i] = up;
            if (random.NextDouble() < 1 / (up ? meanUpTicks : meanDownTicks)) up = !up;
        }

        return new AvailabilityTrace($"markov-{seed}", tickSeconds, samples);
    }
}
