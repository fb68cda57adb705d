namespace Spot.LocalCloud.Market;

/// <summary>Names and IDs of availability zones, derived the way AWS spells them (us-east-1a → use1-az1).</summary>
public static class AvailabilityZones
{
    public static bool IsZoneName(string name) =>
        name.Length > 2 && char.IsAsciiLetterLower(name[^1]) && char.IsAsciiDigit(name[^2]) && name.Count(c => c == '-') >= 2;

    public static string RegionOf(string zoneName) => zoneName[..^1];

    /// <summary>A stable zone ID: region initials plus the zone letter's position.</summary>
    public static string IdOf(string zoneName)
    {
        var parts = RegionOf(zoneName).Split('-');
        var code = parts[0] + string.Concat(parts.Skip(1).SkipLast(1).Select(p => p[0])) + parts[^1];
        return $"{code}-az{zoneName[^1] - 'a' + 1}";
    }
}
