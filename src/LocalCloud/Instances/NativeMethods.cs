using System.Runtime.InteropServices;

namespace Spot.LocalCloud.Instances;

internal static partial class NativeMethods
{
    public const int SigKill = 9;

    /// <summary>kill(2); a negative pid addresses a whole process group.</summary>
    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
#pragma warning disable SYSLIB1054 // LibraryImport would need unsafe code enabled for one int-only call.
    public static extern int Kill(int pid, int signal);
#pragma warning restore SYSLIB1054
}
