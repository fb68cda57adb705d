using System.Text.RegularExpressions;
using Spot.LocalCloud.Market;

namespace Spot.LocalCloud.Ec2.Actions;

/// <summary>CreateLaunchTemplate, DescribeLaunchTemplates and DeleteLaunchTemplate: what CreateFleet launches from.</summary>
public sealed partial class LaunchTemplateActions(LaunchTemplateStore templates, MarketClock clock) : IEc2ActionFamily
{
    public void Register(Ec2Actions actions)
    {
        actions.Add("CreateLaunchTemplate", Create);
        actions.Add("DescribeLaunchTemplates", Describe);
        actions.Add("DeleteLaunchTemplate", Delete);
    }

    private void Create(QueryParameters query, Ec2XmlWriter xml)
    {
        var name = query.Required("LaunchTemplateName");
        if (!ValidName().IsMatch(name))
        {
            throw Ec2Errors.InvalidParameterValue("LaunchTemplateName", name, "It must be 3 to 128 letters, digits or ( ) . - / _.");
        }

        var data = LaunchSettings.Read(query.Structure("LaunchTemplateData"));
        var template = new LaunchTemplate(
            Instances.ResourceIds.LaunchTemplate(), name, clock.GetUtcNow(), data.ImageId, data.InstanceType, data.UserData,
            data.RequireImdsTokens ?? false, data.ShutdownBehavior, data.Spot ?? false, data.MaxPrice,
            TagSpecifications.For(data.Tags, TagSpecifications.Instance), TagSpecifications.For(data.Tags, TagSpecifications.SpotRequest));
        templates.Add(template);
        xml.Object("launchTemplate", () => Write(xml, template));
    }

    private void Describe(QueryParameters query, Ec2XmlWriter xml)
    {
        var names = query.List("LaunchTemplateName");
        var ids = query.List("LaunchTemplateId");
        var found = names.Select(n => templates.FindByIdOrName(null, n, "LaunchTemplateName"))
            .Concat(ids.Select(i => templates.FindByIdOrName(i, null, "LaunchTemplateId")))
            .ToList();
        var all = names.Count + ids.Count == 0 ? templates.All.ToList() : found.Distinct().ToList();
        var (page, next) = Pagination.Page(all, query, 1, 200);
        xml.List("launchTemplates", page, t => Write(xml, t));
        xml.Value("nextToken", next);
    }

    private void Delete(QueryParameters query, Ec2XmlWriter xml)
    {
        var template = templates.FindByIdOrName(query.String("LaunchTemplateId"), query.String("LaunchTemplateName"), "request");
        xml.Object("launchTemplate", () => Write(xml, templates.Remove(template)));
    }

    private static void Write(Ec2XmlWriter xml, LaunchTemplate template)
    {
        xml.Value("launchTemplateId", template.Id);
        xml.Value("launchTemplateName", template.Name);
        xml.Value("createTime", template.CreateTime);
        xml.Value("createdBy", $"arn:aws:iam::{InstanceXml.OwnerId}:root");
        xml.Value("defaultVersionNumber", 1);
        xml.Value("latestVersionNumber", 1);
    }

    [GeneratedRegex(@"^[a-zA-Z0-9().\-/_]{3,128}$")]
    private static partial Regex ValidName();
}
