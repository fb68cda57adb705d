namespace Spot.Launcher.Jobs.Spec;

/// <summary>Finds the known key a mistyped one most likely meant, so an unknown-key error can say "did you mean".</summary>
internal static class KeySuggestion
{
    public static string? Closest(string typed, IEnumerable<string> known)
    {
        // Allow about one slip per three letters, and at least two: "gpu_modle" is two edits from "gpu_model".
        var budget = Math.Max(2, typed.Length / 3);
        return known
            .Select(k => (Key: k, Distance: Distance(typed.ToLowerInvariant(), k)))
            .Where(c => c.Distance <= budget)
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => c.Key)
            .FirstOrDefault();
    }

    // Optimal string alignment: insertions, deletions, substitutions and swaps of neighbours each cost one.
    internal static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }

        return d[a.Length, b.Length];
    }
}
