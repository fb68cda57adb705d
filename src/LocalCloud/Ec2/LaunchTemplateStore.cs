using System.Collections.Concurrent;

namespace Spot.LocalCloud.Ec2;

/// <summary>What a launch template fixes for the launches that use it (only version 1 exists in LocalCloud).</summary>
public sealed record LaunchTemplate(
    string Id,
    string Name,
    DateTimeOffset CreateTime,
    string? ImageId,
    string? InstanceType,
    string? UserData,
    bool RequireImdsTokens,
    string? ShutdownBehavior,
    bool Spot,
    decimal? MaxPrice,
    IReadOnlyDictionary<string, string> InstanceTags,
    IReadOnlyDictionary<string, string> SpotRequestTags);

public sealed class LaunchTemplateStore
{
    private readonly ConcurrentDictionary<string, LaunchTemplate> _byName = new(StringComparer.Ordinal);

    public IReadOnlyCollection<LaunchTemplate> All => _byName.Values.OrderBy(t => t.CreateTime).ToList();

    public void Add(LaunchTemplate template)
    {
        if (!_byName.TryAdd(template.Name, template))
        {
            throw Ec2Errors.LaunchTemplateExists(template.Name);
        }
    }

    public LaunchTemplate Remove(LaunchTemplate template)
    {
        _byName.TryRemove(template.Name, out _);
        return template;
    }

    /// <summary>The template a LaunchTemplateSpecification (or LaunchTemplate) structure names, at version 1.</summary>
    public LaunchTemplate Resolve(QueryParameters spec, string where)
    {
        var template = FindByIdOrName(spec.String("LaunchTemplateId"), spec.String("LaunchTemplateName"), where);
        var version = spec.String("Version");
        if (version is not (null or "$Latest" or "$Default" or "1"))
        {
            throw new Ec2Exception("InvalidLaunchTemplateId.VersionNotFound", $"Version {version} of launch template {template.Id} does not exist (LocalCloud keeps version 1 only).");
        }

        return template;
    }

    public LaunchTemplate FindByIdOrName(string? id, string? name, string where)
    {
        if (id is not null)
        {
            return _byName.Values.FirstOrDefault(t => t.Id == id) ?? throw Ec2Errors.LaunchTemplateIdNotFound(id);
        }

        if (name is not null)
        {
            return _byName.GetValueOrDefault(name) ?? throw Ec2Errors.LaunchTemplateNotFound(name);
        }

        throw Ec2Errors.MissingParameter($"{where}.LaunchTemplateId or {where}.LaunchTemplateName");
    }
}
