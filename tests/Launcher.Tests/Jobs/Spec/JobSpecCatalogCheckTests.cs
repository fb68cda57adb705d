using Spot.CostModel.Catalog;
using Spot.Launcher.Jobs.Spec;

namespace Spot.Launcher.Tests.Jobs.Spec;

public class JobSpecCatalogCheckTests
{
    [Fact]
    public void Problems_names_spec_fields_for_names_the_catalog_does_not_know()
    {
        var spec = SpecYaml.Read(SpecYaml.Top(
            "resources: {gpu_model: Z9000, instance_types: [zz9.huge]}",
            "placement: {regions: [xx-mars-1]}"));

        var problems = JobSpecCatalogCheck.Problems(spec, InstanceCatalog.Bundled());

        Assert.Equal(["placement.regions", "resources.gpu_model", "resources.instance_types"], problems.Select(p => p.Path).Order(StringComparer.Ordinal));
        Assert.Contains(problems, p => p.Message.Contains("'zz9.huge' is not an instance type in the catalog", StringComparison.Ordinal));
    }

    [Fact]
    public void ThrowIfUnknown_accepts_a_spec_whose_names_the_catalog_knows()
    {
        var spec = SpecYaml.Read(SpecYaml.Top("resources: {gpu_model: A10G, instance_types: [g5.xlarge]}", "placement: {regions: [us-east-1]}"));

        JobSpecCatalogCheck.ThrowIfUnknown(spec, InstanceCatalog.Bundled());
        Assert.Empty(JobSpecCatalogCheck.Problems(spec, InstanceCatalog.Bundled()));
    }
}
