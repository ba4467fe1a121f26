using Thads.Host.Cli;

namespace Thads.Host.Tests.Cli;

public sealed class CliCommandsTests
{
    [Theory]
    [InlineData("workflow", "validate", "x.bpmn")]
    [InlineData("bench", "engine")]
    [InlineData("help")]
    [InlineData("mail")]
    [InlineData("calendar")]
    [InlineData("legal")]
    [InlineData("report")]
    [InlineData("import")]
    [InlineData("demo")]
    public void Known_groups_select_the_cli(params string[] args)
    {
        Assert.True(CliCommands.IsCliInvocation(args));
    }

    [Theory]
    [InlineData]
    [InlineData("--urls", "http://127.0.0.1:5081")]
    [InlineData("--environment=Development")]
    [InlineData("Workflow", "validate")]
    public void Anything_else_starts_the_web_application(params string[] args)
    {
        Assert.False(CliCommands.IsCliInvocation(args));
    }

    [Fact]
    public void Every_registered_command_is_reachable_and_named_once()
    {
        var commands = CliCommands.Create();

        Assert.All(commands, command => Assert.Contains(command.Name.Split(' ')[0], CliCommands.Groups));
        Assert.Equal(commands.Count, commands.Select(command => command.Name).Distinct().Count());
        Assert.Contains(commands, command => command.Name == "help");
    }
}
