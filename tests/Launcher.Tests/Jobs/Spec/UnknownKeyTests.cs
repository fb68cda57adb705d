using Spot.Launcher.Jobs.Spec;

namespace Spot.Launcher.Tests.Jobs.Spec;

public class UnknownKeyTests
{
    [Fact]
    public void Read_names_a_mistyped_nested_key_with_its_path_line_and_the_key_it_meant()
    {
        var yaml = SpecYaml.Top("resources:", "  gpu_modle: A10G");

        var problem = SpecYaml.AssertOne(yaml, "resources.gpu_modle", "unknown key; did you mean gpu_model?");

        Assert.Equal(8, problem.Line);
        Assert.Equal(3, problem.Column);
        Assert.Equal("resources.gpu_modle: unknown key; did you mean gpu_model? (line 8, column 3)", problem.ToString());
    }

    [Fact]
    public void Read_suggests_the_nearest_root_key_for_a_mistyped_one()
    {
        SpecYaml.AssertOne(SpecYaml.Top("max_restart: 2"), "max_restart", "did you mean max_restarts?");
    }

    [Fact]
    public void Read_lists_the_known_keys_when_an_unknown_key_resembles_none()
    {
        var problem = SpecYaml.AssertOne(SpecYaml.Trainer("optimizer: {name: adamw, betas: [0.9, 0.99]}"), "trainer.optimizer.betas", "unknown key; expected one of");

        Assert.Contains("name, lr, weight_decay, momentum", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_rejects_an_unknown_key_in_the_trainer_section()
    {
        SpecYaml.AssertOne(SpecYaml.Trainer("batchsize: 64"), "trainer.batchsize", "did you mean batch_size?");
    }

    [Theory]
    [InlineData("gpu_modle", "gpu_model")]
    [InlineData("regoins", "regions")]
    [InlineData("BUDGET_USD", "budget_usd")]
    public void Closest_finds_the_key_within_a_couple_of_edits(string typed, string expected)
    {
        Assert.Equal(expected, KeySuggestion.Closest(typed, ["gpu_model", "regions", "budget_usd", "gpus"]));
    }

    [Fact]
    public void Closest_suggests_nothing_for_a_key_far_from_every_known_one()
    {
        Assert.Null(KeySuggestion.Closest("colour", ["gpu_model", "regions"]));
    }
}
