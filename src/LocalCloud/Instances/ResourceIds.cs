using System.Security.Cryptography;

namespace Spot.LocalCloud.Instances;

/// <summary>New resource IDs in AWS's formats (i-, r-, sir-, fleet-, lt- followed by lowercase hex).</summary>
public static class ResourceIds
{
    public static string Instance() => "i-" + Hex(17);

    public static string Reservation() => "r-" + Hex(17);

    public static string SpotRequest() => "sir-" + Hex(8);

    public static string Fleet() => "fleet-" + Guid.NewGuid().ToString("D");

    public static string LaunchTemplate() => "lt-" + Hex(17);

    public static bool IsInstanceId(string id) =>
        id.StartsWith("i-", StringComparison.Ordinal) && id.Length is 10 or 19 && id.Skip(2).All(char.IsAsciiHexDigitLower);

    private static string Hex(int length) => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes((length + 1) / 2))[..length];
}
