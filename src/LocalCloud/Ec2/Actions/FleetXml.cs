namespace Spot.LocalCloud.Ec2.Actions;

/// <summary>CreateFleet's response: fleetId, errorSet and fleetInstanceSet.</summary>
public static class FleetXml
{
    public static void Write(Ec2XmlWriter xml, FleetResult result)
    {
        xml.Value("fleetId", result.FleetId);
        xml.List("errorSet", result.Errors, e =>
        {
            TemplateAndOverrides(xml, e.Candidate);
            xml.Value("lifecycle", e.Candidate.Spot ? "spot" : "on-demand");
            xml.Value("errorCode", e.Error.Code);
            xml.Value("errorMessage", e.Error.Message);
        });
        xml.List("fleetInstanceSet", result.Launched, l =>
        {
            TemplateAndOverrides(xml, l.Candidate);
            xml.Value("lifecycle", l.Candidate.Spot ? "spot" : "on-demand");
            xml.Strings("instanceIds", l.InstanceIds);
            xml.Value("instanceType", l.Candidate.Pool.InstanceType);
        });
    }

    private static void TemplateAndOverrides(Ec2XmlWriter xml, FleetCandidate candidate) =>
        xml.Object("launchTemplateAndOverrides", () =>
        {
            xml.Object("launchTemplateSpecification", () =>
            {
                xml.Value("launchTemplateId", candidate.Template.Id);
                xml.Value("launchTemplateName", candidate.Template.Name);
                xml.Value("version", candidate.Version);
            });
            xml.Object("overrides", () =>
            {
                xml.Value("instanceType", candidate.Pool.InstanceType);
                xml.Value("availabilityZone", candidate.Pool.AvailabilityZone);
                if (candidate.MaxPrice is { } maxPrice)
                {
                    xml.Price("maxPrice", maxPrice);
                }
            });
        });
}
