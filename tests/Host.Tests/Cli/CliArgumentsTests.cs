using Thads.Host.Cli;

namespace Thads.Host.Tests.Cli;

public sealed class CliArgumentsTests
{
    [Fact]
    public void Words_without_dashes_are_positional_in_order()
    {
        var args = CliArguments.Parse(["a.bpmn", "b.bpmn"]);

        Assert.Equal(["a.bpmn", "b.bpmn"], args.Positionals);
        Assert.Empty(args.OptionNames);
    }

    [Fact]
    public void Option_takes_the_following_word_as_value()
    {
        var args = CliArguments.Parse(["--instances", "500", "file.bpmn"]);

        Assert.Equal("500", args.GetOption("instances"));
        Assert.Equal(["file.bpmn"], args.Positionals);
    }

    [Fact]
    public void Option_with_equals_carries_its_value_inline_even_when_it_contains_equals()
    {
        var args = CliArguments.Parse(["--var=amount=1500000", "file.bpmn"]);

        Assert.Equal("amount=1500000", args.GetOption("var"));
        Assert.Equal(["file.bpmn"], args.Positionals);
    }

    [Fact]
    public void Option_before_another_option_or_at_the_end_is_a_bare_flag()
    {
        var args = CliArguments.Parse(["file.bpmn", "--verbose", "--out", "r.json", "--json"]);

        Assert.True(args.Has("verbose"));
        Assert.Null(args.GetOption("verbose"));
        Assert.True(args.Has("json"));
        Assert.Equal("r.json", args.GetOption("out"));
        Assert.Equal(["file.bpmn"], args.Positionals);
    }

    [Fact]
    public void Declared_flag_never_swallows_the_next_word()
    {
        var args = CliArguments.Parse(["--json", "file.bpmn"], flags: ["json"]);

        Assert.True(args.Has("json"));
        Assert.Equal(["file.bpmn"], args.Positionals);
    }

    [Fact]
    public void Repeated_option_keeps_every_value_in_order_and_last_one_wins_for_single_reads()
    {
        var args = CliArguments.Parse(["--complete", "A=1", "--complete", "B=2", "--complete=C="]);

        Assert.Equal(["A=1", "B=2", "C="], args.GetOptions("complete"));
        Assert.Equal("C=", args.GetOption("complete"));
        Assert.Equal(
            [new("A", "1"), new("B", "2"), new("C", "")],
            args.GetPairs("complete"));
    }

    [Fact]
    public void Pair_without_equals_is_a_usage_error_naming_the_option()
    {
        var args = CliArguments.Parse(["--complete", "A"]);

        var exception = Assert.Throws<CliUsageException>(() => args.GetPairs("complete"));

        Assert.Contains("--complete", exception.Message);
    }

    [Fact]
    public void Double_dash_makes_the_rest_positional()
    {
        var args = CliArguments.Parse(["--json", "--", "--not-an-option", "x"]);

        Assert.True(args.Has("json"));
        Assert.Equal(["--not-an-option", "x"], args.Positionals);
    }

    [Fact]
    public void Option_names_are_case_sensitive()
    {
        var args = CliArguments.Parse(["--Out", "a"]);

        Assert.False(args.Has("out"));
        Assert.Equal("a", args.GetOption("Out"));
    }

    [Fact]
    public void Single_dash_words_are_positional_so_negative_numbers_pass_through()
    {
        var args = CliArguments.Parse(["--offset", "-5", "-"]);

        Assert.Equal("-5", args.GetOption("offset"));
        Assert.Equal(["-"], args.Positionals);
    }

    [Fact]
    public void Absent_options_read_as_empty()
    {
        var args = CliArguments.Parse([]);

        Assert.False(args.Has("x"));
        Assert.Null(args.GetOption("x"));
        Assert.Empty(args.GetOptions("x"));
        Assert.Empty(args.GetPairs("x"));
    }

    [Fact]
    public void Required_values_that_are_missing_are_usage_errors()
    {
        var args = CliArguments.Parse(["--out"]);

        Assert.Contains("--out", Assert.Throws<CliUsageException>(() => args.GetRequiredOption("out")).Message);
        Assert.Contains("FILE.bpmn", Assert.Throws<CliUsageException>(() => args.GetPositional(0, "FILE.bpmn")).Message);
    }

    [Fact]
    public void Option_without_a_name_is_a_usage_error()
    {
        Assert.Throws<CliUsageException>(() => CliArguments.Parse(["--=x"]));
    }
}
