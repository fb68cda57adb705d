using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Spot.Launcher.Jobs.Spec;

/// <summary>
/// Reads <c>trainer.model_options</c>, a map of hyperparameters whose values are numbers, words or lists of them.
/// The trainer receives them as <c>key=value;key=a,b</c>, so the separators may not appear inside a value.
/// </summary>
internal static partial class ModelOptionsReader
{
    public static IReadOnlyDictionary<string, string> Read(SpecMap trainer)
    {
        var map = trainer.Map("model_options", keys: null);
        var options = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, node) in map.Entries)
        {
            var path = map.PathOf(key);
            if (!OptionKey().IsMatch(key))
            {
                map.Problems.Add(path, "option names are lowercase letters, digits and underscores, starting with a letter", node);
                continue;
            }

            if (ValueOf(node, path, map.Problems) is { } value)
                options[key] = value;
        }

        return options;
    }

    private static string? ValueOf(YamlNode node, string path, SpecProblems problems)
    {
        if (node is YamlSequenceNode list)
        {
            var items = list.Children.Select((item, i) => ScalarOf(item, $"{path}[{i}]", problems)).ToList();
            if (items.Count == 0)
                problems.Add(path, "an empty list gives the model nothing", node);
            return items.Count > 0 && items.All(i => i is not null) ? string.Join(',', items) : null;
        }

        return ScalarOf(node, path, problems);
    }

    private static string? ScalarOf(YamlNode node, string path, SpecProblems problems)
    {
        if (node is not YamlScalarNode { Value: { } text } || YamlText.IsNull(node))
        {
            problems.Add(path, $"must be a number, a word or a list of them, not {YamlText.Describe(node)}", node);
            return null;
        }

        if (text.IndexOfAny([';', '=', ',']) >= 0 || string.IsNullOrWhiteSpace(text))
        {
            problems.Add(path, $"'{text}' may not be empty or hold ';', '=' or ','", node);
            return null;
        }

        return text.Trim();
    }

    [GeneratedRegex("^[a-z][a-z0-9_]*$")]
    private static partial Regex OptionKey();
}
