using static TorchSharp.torch;

namespace Spot.Trainer.Precision;

/// <summary>The arithmetic a job trains in. Master weights and optimizer state are float32 in every mode.</summary>
public enum PrecisionMode
{
    Fp32,
    Bf16,
    Fp16,
}

public static class PrecisionModes
{
    public const string Choices = "fp32, bf16, fp16";

    public static bool TryParse(string text, out PrecisionMode mode)
    {
        mode = text.Trim().ToLowerInvariant() switch
        {
            "fp32" => PrecisionMode.Fp32,
            "bf16" => PrecisionMode.Bf16,
            "fp16" => PrecisionMode.Fp16,
            _ => (PrecisionMode)(-1),
        };
        return Enum.IsDefined(mode);
    }

    public static string Name(this PrecisionMode mode) => mode.ToString().ToLowerInvariant();

    public static ScalarType ComputeType(this PrecisionMode mode) => mode switch
    {
        PrecisionMode.Bf16 => ScalarType.BFloat16,
        PrecisionMode.Fp16 => ScalarType.Float16,
        _ => ScalarType.Float32,
    };
}
