using Spot.Launcher.Jobs.Spec;

namespace Spot.Launcher.Tests.Jobs.Spec;

/// <summary>Builds specs from a small valid one, and reads back what the reader rejects.</summary>
internal static class SpecYaml
{
    private const string TrainerHead = """
        name: demo
        trainer:
          model: cnn
          dataset: fashion-mnist
        """;

    /// <summary>The smallest valid spec.</summary>
    public static string Minimal => Build();

    /// <summary>
    /// A spec with extra trainer lines (written at trainer level, without indentation) and extra top-level lines.
    /// Steps default to 100 unless the trainer lines give a length.
    /// </summary>
    public static string Build(string[]? trainer = null, string[]? top = null)
    {
        var trainerLines = trainer ?? [];
        var hasLength = trainerLines.Any(l => l.StartsWith("steps:", StringComparison.Ordinal) || l.StartsWith("epochs:", StringComparison.Ordinal));
        var lines = new List<string> { TrainerHead };
        lines.AddRange(trainerLines.Select(l => "  " + l));
        if (!hasLength) lines.Add("  steps: 100");
        var topLines = top ?? [];
        if (!topLines.Any(l => l.StartsWith("budget_usd:", StringComparison.Ordinal))) lines.Add("budget_usd: 1");
        lines.AddRange(topLines);
        return string.Join('\n', lines) + "\n";
    }

    public static string Top(params string[] lines) => Build(top: lines);

    public static string Trainer(params string[] lines) => Build(trainer: lines);

    public static JobSpec Read(string yaml) => JobSpecReader.Read(yaml, "test.yaml");

    public static IReadOnlyList<JobSpecProblem> Problems(string yaml) =>
        Assert.Throws<JobSpecException>(() => JobSpecReader.Read(yaml, "test.yaml")).Problems;

    public static JobSpecProblem Problem(string yaml) => Assert.Single(Problems(yaml));

    /// <summary>Asserts exactly one problem, at this path, whose message holds the rule text.</summary>
    public static JobSpecProblem AssertOne(string yaml, string path, string rule)
    {
        var problem = Problem(yaml);
        Assert.Equal(path, problem.Path);
        Assert.Contains(rule, problem.Message, StringComparison.Ordinal);
        return problem;
    }
}
