namespace Spot.Launcher.Jobs.Spec;

/// <summary>
/// One thing wrong with a job spec: the dotted path of the field (<c>resources.gpus</c>, <c>placement.regions[1]</c>;
/// empty for the document itself), the rule it breaks, and where YAML puts it when the parser knows.
/// </summary>
public sealed record JobSpecProblem(string Path, string Message, int? Line = null, int? Column = null)
{
    public override string ToString()
    {
        var where = Line is { } line ? $" (line {line}, column {Column ?? 1})" : "";
        return Path.Length == 0 ? $"{Message}{where}" : $"{Path}: {Message}{where}";
    }
}
