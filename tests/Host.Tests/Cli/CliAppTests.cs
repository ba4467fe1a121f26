using Thads.Host.Cli;

namespace Thads.Host.Tests.Cli;

public sealed class CliAppTests
{
    private readonly StringWriter _stdout = new();
    private readonly StringWriter _stderr = new();

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("workflow", "frobnicate")]
    [InlineData("mail", "--to", "x@example.vn")]
    public async Task Unknown_command_exits_2_with_usage_on_stderr_and_nothing_on_stdout(params string[] args)
    {
        var exitCode = await CliApp.RunAsync(args, _stdout, _stderr);

        Assert.Equal(CliExitCodes.Usage, exitCode);
        Assert.Equal(string.Empty, _stdout.ToString());
        Assert.Contains($"Unknown command '{args[0]}", _stderr.ToString());
        Assert.Contains("Usage:", _stderr.ToString());
    }

    [Fact]
    public async Task Help_lists_the_commands_on_stderr_and_exits_2()
    {
        var exitCode = await CliApp.RunAsync(["help"], _stdout, _stderr);

        Assert.Equal(CliExitCodes.Usage, exitCode);
        Assert.Equal(string.Empty, _stdout.ToString());
        Assert.Contains("Commands:", _stderr.ToString());
        Assert.Contains("  help", _stderr.ToString());
    }

    [Fact]
    public async Task No_arguments_exits_2_with_usage()
    {
        var exitCode = await CliApp.RunAsync([], [new FakeCommand("workflow run")], _stdout, _stderr, CancellationToken.None);

        Assert.Equal(CliExitCodes.Usage, exitCode);
        Assert.Contains("workflow run FILE", _stderr.ToString());
    }

    [Fact]
    public async Task Dispatches_to_the_command_matching_most_words_and_passes_the_rest()
    {
        var group = new FakeCommand("workflow");
        var run = new FakeCommand("workflow run", exitCode: 7, flags: ["json"]) { Output = "done" };

        var exitCode = await CliApp.RunAsync(
            ["workflow", "run", "case.bpmn", "--json", "--complete", "A=1", "--complete", "B=2"],
            [group, run], _stdout, _stderr, CancellationToken.None);

        Assert.Equal(7, exitCode);
        Assert.Null(group.Received);
        Assert.NotNull(run.Received);
        Assert.Equal(["case.bpmn"], run.Received.Positionals);
        Assert.True(run.Received.Has("json"));
        Assert.Equal(["A=1", "B=2"], run.Received.GetOptions("complete"));
        Assert.Equal("done" + Environment.NewLine, _stdout.ToString());
    }

    [Fact]
    public async Task Usage_error_from_a_command_exits_2_with_its_message_and_usage()
    {
        var command = new FakeCommand("workflow validate") { Throw = new CliUsageException("Missing argument 1: FILE.bpmn.") };

        var exitCode = await CliApp.RunAsync(["workflow", "validate"], [command], _stdout, _stderr, CancellationToken.None);

        Assert.Equal(CliExitCodes.Usage, exitCode);
        Assert.Equal(string.Empty, _stdout.ToString());
        Assert.Contains("Missing argument 1: FILE.bpmn.", _stderr.ToString());
        Assert.Contains("workflow validate FILE", _stderr.ToString());
    }

    [Fact]
    public async Task Cancellation_exits_130()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();
        var command = new FakeCommand("bench engine") { Throw = new OperationCanceledException(cancellation.Token) };

        var exitCode = await CliApp.RunAsync(["bench", "engine"], [command], _stdout, _stderr, cancellation.Token);

        Assert.Equal(CliExitCodes.Cancelled, exitCode);
    }
}
