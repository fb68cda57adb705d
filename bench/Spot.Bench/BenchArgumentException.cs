namespace Spot.Bench;

/// <summary>A bad benchmark argument; the message names it.</summary>
public sealed class BenchArgumentException(string message) : Exception(message);
