using System.CommandLine;
using System.CommandLine.Invocation;
using Spectre.Console;
using Spot.Contracts;

namespace Spot.Launcher.Cli;

/// <summary>
/// A command action that reports every parse problem itself, unknown arguments included, and exits with
/// <see cref="ExitCodes.BadArguments"/> instead of System.CommandLine's generic 1.
/// </summary>
internal abstract class CheckedAction(IAnsiConsole console, string commandName) : AsynchronousCommandLineAction
{
    public override bool ClearsParseErrors => true;

    protected IAnsiConsole Console => console;

    public sealed override Task<int> InvokeAsync(ParseResult parseResult, CancellationToken cancellationToken = default)
    {
        var problems = parseResult.Errors.Select(e => e.Message).ToList();
        if (parseResult.UnmatchedTokens.Count > 0)
            problems.Add($"unrecognized argument(s): {string.Join(' ', parseResult.UnmatchedTokens)}");
        return problems.Count > 0 ? Task.FromResult(Fail(problems)) : RunAsync(parseResult, cancellationToken);
    }

    protected abstract Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken);

    protected int Fail(IEnumerable<string> problems)
    {
        foreach (var problem in problems)
            console.MarkupLine($"[red]error:[/] {Markup.Escape(problem)}");
        console.MarkupLine($"Run 'spot {commandName} --help' for the options.");
        return ExitCodes.BadArguments;
    }
}
