using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Spot.Launcher.Jobs.Spec;

/// <summary>How the spec readers see YAML nodes: what counts as "no value", and how a node is named in errors.</summary>
internal static class YamlText
{
    private static readonly string[] NullWords = ["", "~", "null", "Null", "NULL"];

    /// <summary>True for <c>key:</c> with nothing after it, or an explicit YAML null.</summary>
    public static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any } scalar && NullWords.Contains(scalar.Value ?? "");

    public static bool IsQuoted(YamlScalarNode node) => node.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted;

    public static string Describe(YamlNode node) => node switch
    {
        YamlMappingNode => "a mapping",
        YamlSequenceNode => "a list",
        YamlScalarNode scalar when IsQuoted(scalar) => $"the quoted text '{scalar.Value}'",
        YamlScalarNode scalar => $"'{scalar.Value}'",
        _ => "an alias",
    };
}
