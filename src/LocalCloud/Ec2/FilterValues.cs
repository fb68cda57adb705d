namespace Spot.LocalCloud.Ec2;

/// <summary>
/// The values of one filter, prepared once: plain values in a hash set, patterns with EC2's wildcards (* any run of
/// characters, ? exactly one) kept for a backtracking match. A listing checks every instance against every filter,
/// so building a matcher per check (a Regex each time) made a 1,000-instance page cost tens of milliseconds and
/// megabytes of garbage.
/// </summary>
internal sealed class FilterValues
{
    private readonly HashSet<string> _literals = new(StringComparer.Ordinal);
    private readonly List<string> _patterns = [];

    public FilterValues(IEnumerable<string> values)
    {
        foreach (var value in values)
        {
            if (value.AsSpan().IndexOfAny('*', '?') < 0)
            {
                _literals.Add(value);
            }
            else
            {
                _patterns.Add(value);
            }
        }
    }

    public bool Matches(string candidate)
    {
        if (_literals.Contains(candidate))
        {
            return true;
        }

        foreach (var pattern in _patterns)
        {
            if (Glob(pattern, candidate))
            {
                return true;
            }
        }

        return false;
    }

    // Greedy match that remembers the last '*' and retries one character further on a mismatch: linear for one
    // star, never exponential, and no timeout to trip when the machine is busy.
    private static bool Glob(ReadOnlySpan<char> pattern, ReadOnlySpan<char> text)
    {
        int p = 0, t = 0, star = -1, resume = 0;
        while (t < text.Length)
        {
            if (p < pattern.Length && (pattern[p] == '?' || pattern[p] == text[t]) && pattern[p] != '*')
            {
                p++;
                t++;
            }
            else if (p < pattern.Length && pattern[p] == '*')
            {
                star = p++;
                resume = t;
            }
            else if (star >= 0)
            {
                p = star + 1;
                t = ++resume;
            }
            else
            {
                return false;
            }
        }

        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }

        return p == pattern.Length;
    }
}
