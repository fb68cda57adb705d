using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Spot.Launcher.Jobs.Spec;

/// <summary>
/// A YAML parser that remembers where the last good event ended. Some malformed input (an unclosed flow list at
/// the end of a line) makes YamlDotNet's scanner throw a bare InvalidOperationException with no position; this
/// lets the error still point near the fault.
/// </summary>
internal sealed class TrackingParser(TextReader input) : IParser
{
    private readonly Parser _inner = new(input);

    public Mark? LastGoodEnd { get; private set; }

    public ParsingEvent? Current => _inner.Current;

    public bool MoveNext()
    {
        if (_inner.Current is { } previous)
            LastGoodEnd = previous.End;
        return _inner.MoveNext();
    }
}
