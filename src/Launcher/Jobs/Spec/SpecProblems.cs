using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Spot.Launcher.Jobs.Spec;

/// <summary>Collects the problems of one spec as the readers find them, with the YAML position of the node at fault.</summary>
internal sealed class SpecProblems
{
    private readonly List<JobSpecProblem> _items = [];

    public IReadOnlyList<JobSpecProblem> Items => _items;

    public bool Any => _items.Count > 0;

    public void Add(string path, string message, YamlNode? at) => Add(path, message, at?.Start);

    public void Add(string path, string message, Mark? at) =>
        _items.Add(at is { } mark && mark.Line > 0
            ? new JobSpecProblem(path, message, (int)mark.Line, (int)mark.Column)
            : new JobSpecProblem(path, message));
}
