using System.CommandLine;
using System.CommandLine.Parsing;

namespace Spot.Launcher.Cli;

/// <summary>How a command prints its result: a Spectre.Console table for people, or JSON for scripts.</summary>
public enum OutputFormat
{
    Table,
    Json,
}

/// <summary>The shared `--format table|json` option, so every command spells and validates it the same way.</summary>
public static class OutputFormatOption
{
    public const string Name = "--format";

    /// <summary>Builds `--format`, defaulting to <see cref="OutputFormat.Table"/>; a bad value becomes a parse error naming the option.</summary>
    public static Option<OutputFormat> Create() => new(Name)
    {
        Description = "Output format: table or json.",
        HelpName = "table|json",
        DefaultValueFactory = _ => OutputFormat.Table,
        CustomParser = Parse,
    };

    /// <summary>Reads "table" or "json", in any letter case.</summary>
    public static bool TryParse(string? text, out OutputFormat format)
    {
        switch (text?.Trim().ToUpperInvariant())
        {
            case "TABLE":
                format = OutputFormat.Table;
                return true;
            case "JSON":
                format = OutputFormat.Json;
                return true;
            default:
                format = OutputFormat.Table;
                return false;
        }
    }

    private static OutputFormat Parse(ArgumentResult result)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : null;
        if (TryParse(text, out var format))
        {
            return format;
        }

        result.AddError($"{Name}: '{text}' is not a valid format; use 'table' or 'json'.");
        return OutputFormat.Table;
    }
}
