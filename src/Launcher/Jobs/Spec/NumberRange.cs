namespace Spot.Launcher.Jobs.Spec;

/// <summary>The values a numeric field accepts, and how an error states them.</summary>
internal sealed record NumberRange(decimal? Min, bool MinExclusive, decimal? Max)
{
    public static NumberRange AboveZero { get; } = new(0, true, null);

    public static NumberRange AtLeast(decimal min) => new(min, false, null);

    public static NumberRange Between(decimal min, decimal max) => new(min, false, max);

    public static NumberRange AboveZeroUpTo(decimal max) => new(0, true, max);

    public bool Contains(decimal value) =>
        (Min is not { } min || (MinExclusive ? value > min : value >= min)) && (Max is not { } max || value <= max);

    public string Describe() => (Min, Max) switch
    {
        ({ } min, { } max) when MinExclusive => $"above {min} and at most {max}",
        ({ } min, { } max) => $"between {min} and {max}",
        ({ } min, null) when MinExclusive => $"above {min}",
        ({ } min, null) => $"at least {min}",
        (null, { } max) => $"at most {max}",
        _ => "any number",
    };
}
