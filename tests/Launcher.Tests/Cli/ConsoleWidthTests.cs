using Spectre.Console.Testing;
using Spot.Launcher.Cli;

namespace Spot.Launcher.Tests.Cli;

public class ConsoleWidthTests
{
    [Fact]
    public void Redirected_output_gets_room_for_wide_tables()
    {
        var console = new TestConsole().Width(80);

        ConsoleWidth.Adjust(console, outputRedirected: true, columns: null);

        Assert.Equal(ConsoleWidth.RedirectedDefault, console.Profile.Width);
    }

    [Fact]
    public void Redirected_output_honours_COLUMNS()
    {
        var console = new TestConsole().Width(80);

        ConsoleWidth.Adjust(console, outputRedirected: true, columns: "132");

        Assert.Equal(132, console.Profile.Width);
    }

    [Fact]
    public void A_terminal_keeps_its_own_width()
    {
        var console = new TestConsole().Width(100);

        ConsoleWidth.Adjust(console, outputRedirected: false, columns: "300");

        Assert.Equal(100, console.Profile.Width);
    }
}
