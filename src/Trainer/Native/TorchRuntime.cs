using TorchSharp;

namespace Spot.Trainer.Native;

/// <summary>Process-wide tensor-library settings, applied once before any model exists.</summary>
public static class TorchRuntime
{
    /// <summary>
    /// Loads the native library and fixes the intra-op thread count. A load failure is rethrown with the usual
    /// cause on Debian 12 spelled out, because TorchSharp's own message blames a missing package reference.
    /// </summary>
    public static void Initialize(int threads)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        try
        {
            torch.set_num_threads(threads);
        }
        catch (TypeInitializationException e)
        {
            throw new InvalidOperationException(
                "The TorchSharp native library did not load. On Debian 12 this happens when libLibTorchSharp.so " +
                "still requires GLIBCXX_3.4.32: build the project with build/PatchLibTorchSharp.targets imported, " +
                "which marks that requirement weak in the output folder.", e);
        }
    }
}
