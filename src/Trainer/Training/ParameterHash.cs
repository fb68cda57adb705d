using System.Security.Cryptography;
using System.Text;
using static TorchSharp.torch;

namespace Spot.Trainer.Training;

/// <summary>SHA-256 over every parameter's name, type, shape and bytes: equal hashes mean bit-identical weights.</summary>
public static class ParameterHash
{
    public static string Compute(nn.Module module)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (name, parameter) in module.named_parameters())
        {
            using var contiguous = parameter.detach().contiguous();
            sha.AppendData(Encoding.UTF8.GetBytes($"{name}:{contiguous.dtype}:[{string.Join(",", contiguous.shape)}]"));
            sha.AppendData(contiguous.bytes);
        }
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }
}
