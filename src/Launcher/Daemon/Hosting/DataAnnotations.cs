using System.ComponentModel.DataAnnotations;

namespace Spot.Launcher.Daemon.Hosting;

/// <summary>Runs the [Range]/[Required] attributes of an options object and names each broken setting.</summary>
public static class DataAnnotations
{
    public static IEnumerable<string> Problems(string section, object options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results.Select(r => $"{section}:{string.Join(",", r.MemberNames)}: {r.ErrorMessage}");
    }
}
