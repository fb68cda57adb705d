using Spot.LocalCloud.Tests.Hosting;

namespace Spot.Launcher.Tests.Support;

/// <summary>The bounded wait of LocalCloud's tests (linked in as Support/Until.cs), under the name this project's tests use.</summary>
internal static class Eventually
{
    public static Task TrueAsync(Func<Task<bool>> condition, string what) => Until.TrueAsync(condition, what);
}
