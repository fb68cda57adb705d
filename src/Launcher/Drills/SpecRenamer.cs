using YamlDotNet.RepresentationModel;

namespace Spot.Launcher.Drills;

/// <summary>The same job spec under another name, for the reference run that shares the drill's store.</summary>
internal static class SpecRenamer
{
    public static string Rename(string specYaml, string newName)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(specYaml));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        root.Children[new YamlScalarNode("name")] = new YamlScalarNode(newName);
        using var writer = new StringWriter();
        stream.Save(writer, assignAnchors: false);
        return writer.ToString();
    }
}
