using Spot.Launcher.Jobs.Spec;

namespace Spot.Launcher.Tests.Jobs.Spec;

public class YamlShapeTests
{
    [Fact]
    public void Read_reports_broken_yaml_with_its_line_instead_of_throwing_the_parser_error()
    {
        var problem = SpecYaml.Problem("name: demo\ntrainer: [cnn\nbudget_usd: 1\n");

        Assert.Equal("", problem.Path);
        Assert.StartsWith("not valid YAML", problem.Message, StringComparison.Ordinal);
        Assert.Equal(2, problem.Line);
    }

    [Fact]
    public void Read_reports_a_yaml_syntax_error_at_the_line_the_parser_names()
    {
        var problem = SpecYaml.Problem("name: demo\nbudget_usd: 1\n  market: spot\n");

        Assert.StartsWith("not valid YAML", problem.Message, StringComparison.Ordinal);
        Assert.Equal(3, problem.Line);
    }

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n")]
    public void Read_rejects_an_empty_spec(string yaml)
    {
        SpecYaml.AssertOne(yaml, "", "is empty");
    }

    [Fact]
    public void Read_rejects_a_file_holding_two_documents()
    {
        SpecYaml.AssertOne(SpecYaml.Minimal + "---\n" + SpecYaml.Minimal, "", "holds 2 YAML documents");
    }

    [Fact]
    public void Read_rejects_a_root_that_is_not_a_mapping()
    {
        SpecYaml.AssertOne("- name: demo\n", "", "must be a mapping");
    }

    [Fact]
    public void Read_rejects_a_section_written_as_a_list()
    {
        SpecYaml.AssertOne(SpecYaml.Top("resources: [gpus, 1]"), "resources", "must be a mapping of keys gpus");
    }

    [Fact]
    public void Read_reports_a_duplicate_key_instead_of_keeping_either_value()
    {
        var problem = SpecYaml.Problem(SpecYaml.Top("market: spot", "market: on-demand"));

        Assert.Contains("not valid YAML", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_collects_every_problem_of_a_spec_in_one_error()
    {
        var yaml = """
            name: Bad_Name
            trainer:
              model: rnn
              dataset: gs://bucket/data
              steps: 0
            budget_usd: -5
            market: cheap
            colour: blue
            """;

        var error = Assert.Throws<JobSpecException>(() => JobSpecReader.Read(yaml, "bad.yaml"));

        Assert.Equal(
            ["budget_usd", "colour", "market", "name", "trainer.dataset", "trainer.model", "trainer.steps"],
            error.Problems.Select(p => p.Path).Order(StringComparer.Ordinal));
        Assert.StartsWith("bad.yaml is not a valid job spec (7 problems):", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_reports_a_missing_required_section_once_not_for_each_of_its_fields()
    {
        SpecYaml.AssertOne("name: demo\nbudget_usd: 1\n", "trainer", "is required");
    }

    [Fact]
    public void Read_rejects_a_number_written_as_quoted_text()
    {
        SpecYaml.AssertOne(SpecYaml.Trainer("batch_size: \"64\""), "trainer.batch_size", "must be a number between 1 and 1048576, not the quoted text '64'");
    }

    [Fact]
    public void Read_rejects_a_list_where_text_belongs()
    {
        SpecYaml.AssertOne("name: [a, b]\ntrainer: {model: cnn, dataset: fashion-mnist, steps: 1}\nbudget_usd: 1\n", "name", "must be text, not a list");
    }
}
