using System.Text.Json;
using System.Text.Json.Nodes;
using Thads.Host.Cli;

namespace Thads.Host.Tests.Cli;

public sealed class WorkflowCommandTests
{
    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    private static async Task<(int Exit, string Out, string Err)> RunAsync(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await CliApp.RunAsync(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private static List<JsonObject> Trace(string stdout) =>
        stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonNode.Parse(line)!.AsObject()).ToList();

    [Fact]
    public async Task Validate_exits_0_for_a_valid_file()
    {
        var (exit, stdout, _) = await RunAsync("workflow", "validate", Fixture("Sequence.userTask.bpmn"));

        Assert.Equal(0, exit);
        Assert.Equal("", stdout);
    }

    [Fact]
    public async Task Validate_prints_file_line_column_element_and_message_and_exits_2_for_an_invalid_file()
    {
        var file = Path.Combine(Path.GetTempPath(), $"dangling-{Guid.NewGuid():N}.bpmn");
        await File.WriteAllTextAsync(file, """
            <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="urn:t">
              <process id="p" isExecutable="true">
                <startEvent id="start" />
                <sequenceFlow id="toNowhere" sourceRef="start" targetRef="missing" />
              </process>
            </definitions>
            """);
        try
        {
            var (exit, stdout, _) = await RunAsync("workflow", "validate", file);

            Assert.Equal(2, exit);
            Assert.Contains($"{file}:4:", stdout);
            Assert.Contains(": toNowhere: ", stdout);
            Assert.Contains("missing", stdout);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Run_with_auto_completes_the_instance_and_prints_a_numbered_json_lines_trace()
    {
        var (exit, stdout, _) = await RunAsync("workflow", "run", Fixture("ParallelGateway.forkJoin.bpmn"), "--auto");

        Assert.Equal(0, exit);
        var trace = Trace(stdout);
        Assert.Equal(Enumerable.Range(1, trace.Count), trace.Select(e => (int)e["seq"]!));
        Assert.All(trace, e => Assert.NotNull(e["time"]));
        Assert.Equal("2026-01-05T08:00:00+07:00", (string)trace[0]["time"]!);
        Assert.Equal("process.started", (string)trace[0]["type"]!);
        Assert.Equal("process.completed", (string)trace[^1]["type"]!);
        Assert.Equal(2, trace.Count(e => (string)e["type"]! == "task.completed"));
    }

    [Fact]
    public async Task Run_without_completions_exits_3_while_a_task_waits()
    {
        var (exit, stdout, _) = await RunAsync("workflow", "run", Fixture("Sequence.userTask.bpmn"), "--vars", """{"officer":"an"}""");

        Assert.Equal(3, exit);
        Assert.Equal("task.created", (string)Trace(stdout)[^1]["type"]!);
    }

    [Fact]
    public async Task Run_completes_a_named_task_with_its_variables_which_steer_the_gateway()
    {
        var (exit, stdout, _) = await RunAsync(
            "workflow", "run", Fixture("CallActivity.errorPropagation.bpmn"), "--process", "errorCaller", "--complete", """decide={"approved":false}""");

        Assert.Equal(0, exit);
        var trace = Trace(stdout);
        Assert.Contains(trace, e => (string?)e["element"] == "rejectedEnd" && (string)e["type"]! == "activity.completed");
        Assert.Contains(trace, e => (string?)e["process"] == "errorCallee");
    }

    [Fact]
    public async Task Run_advances_the_virtual_clock_to_fire_timers_once_nothing_else_can_proceed()
    {
        var (exit, stdout, _) = await RunAsync("workflow", "run", Fixture("BoundaryTimer.interrupting.bpmn"), "--advance", "P3D", "--complete", "escalate={}");

        Assert.Equal(0, exit);
        var fired = Assert.Single(Trace(stdout), e => (string)e["type"]! == "timer.fired");
        Assert.Equal("2026-01-07T08:00:00+07:00", (string)fired["time"]!);
        Assert.Equal("late", (string)fired["element"]!);
    }

    [Fact]
    public async Task Run_exits_1_when_an_incident_stops_the_instance()
    {
        var (exit, stdout, _) = await RunAsync("workflow", "run", Fixture("Script.loopsForever.bpmn"));

        Assert.Equal(1, exit);
        Assert.Contains(Trace(stdout), e => (string)e["type"]! == "incident" && (string?)e["element"] == "spin");
    }

    [Fact]
    public async Task Run_needs_process_when_the_file_has_several_executable_processes()
    {
        var (exit, stdout, stderr) = await RunAsync("workflow", "run", Fixture("CallActivity.variablesInOut.bpmn"));

        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        Assert.Contains("--process", stderr);
    }

    [Fact]
    public async Task Run_refuses_vars_that_are_not_a_json_object()
    {
        var (exit, _, stderr) = await RunAsync("workflow", "run", Fixture("Sequence.userTask.bpmn"), "--vars", "[1,2]");

        Assert.Equal(2, exit);
        Assert.Contains("--vars", stderr);
    }

    [Theory]
    [InlineData("memory")]
    [InlineData("sqlite")]
    public async Task Bench_engine_prints_one_json_line_with_the_measured_rate(string store)
    {
        var (exit, stdout, _) = await RunAsync("bench", "engine", "--bpmn", Fixture("fifteen-elements.bpmn"), "--instances", "50", "--store", store);

        Assert.Equal(0, exit);
        var result = JsonNode.Parse(stdout.Trim())!.AsObject();
        Assert.Equal(50, (int)result["instances"]!);
        Assert.Equal(store, (string)result["store"]!);
        Assert.True((double)result["instancesPerSecond"]! > 0);
        Assert.Equal(50, (int)result["userTasks"]!);
        Assert.Equal(0, (int)result["incidents"]!);
    }

    [Fact]
    public async Task Run_auto_completes_tasks_with_their_form_defaults_from_the_forms_folder()
    {
        var directory = Directory.CreateTempSubdirectory("thads-run-forms-").FullName;
        try
        {
            File.Copy(Fixture("CallActivity.errorPropagation.bpmn"), Path.Combine(directory, "p.bpmn"));
            var xml = await File.ReadAllTextAsync(Path.Combine(directory, "p.bpmn"));
            await File.WriteAllTextAsync(Path.Combine(directory, "p.bpmn"), xml.Replace("<userTask id=\"decide\" />", "<userTask id=\"decide\" camunda:formKey=\"decide\" />", StringComparison.Ordinal));
            Directory.CreateDirectory(Path.Combine(directory, "forms"));
            await File.WriteAllTextAsync(
                Path.Combine(directory, "forms", "decide.form"),
                """{"type":"default","id":"decide","components":[{"type":"checkbox","key":"approved","label":"Đồng ý","defaultValue":false}]}""");

            var (exit, stdout, stderr) = await RunAsync("workflow", "run", Path.Combine(directory, "p.bpmn"), "--process", "errorCaller", "--auto");

            Assert.True(exit == 0, stderr);
            Assert.Contains(Trace(stdout), e => (string?)e["element"] == "rejectedEnd" && (string)e["type"]! == "activity.completed");
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static string Definition(string name) => Path.Combine(AppContext.BaseDirectory, "Definitions", name);

    [Fact]
    public async Task Run_auto_drives_the_standard_enforcement_process_to_its_end_with_the_real_activities_in_a_sandbox()
    {
        // The sandbox case already has its decision (01/2026, 05/01/2026); the draft names it, so the approval finds it
        // issued. The notification method has no default: the executor chooses it, and the process records the notice.
        var (exit, stdout, stderr) = await RunAsync(
            "workflow", "run", Definition("thads-enforcement.bpmn"), "--auto",
            "--complete", """draftDecision={"decisionNumber":"01/2026/QĐ-THADS","decisionDate":"2026-01-05"}""",
            "--complete", """notifyParties={"notifiedDate":"2026-01-05","notificationMethod":"truc-tiep"}""");

        Assert.True(exit == 0, stderr);
        var trace = Trace(stdout);
        Assert.Equal("process.completed", (string)trace[^1]["type"]!);
        foreach (var activity in new[] { "approveDecision", "assignExecutor", "scheduleVerification" })
        {
            Assert.Contains(trace, e => (string?)e["element"] == activity && (string)e["type"]! == "activity.completed");
        }

        Assert.DoesNotContain(trace, e => (string)e["type"]! == "incident");
        Assert.Contains(trace, e => (string)e["type"]! == "timer.fired");
    }

    [Fact]
    public async Task Run_follows_the_no_conditions_path_into_the_reverification_cycle_when_the_called_process_is_deployed_with_it()
    {
        var (exit, stdout, stderr) = await RunAsync(
            "workflow", "run", Definition("thads-enforcement.bpmn"), "--auto",
            "--complete", """draftDecision={"decisionNumber":"01/2026/QĐ-THADS","decisionDate":"2026-01-05"}""",
            "--complete", """notifyParties={"notifiedDate":"2026-01-05","notificationMethod":"truc-tiep"}""",
            "--complete", """verifyConditions={"verificationDate":"2026-01-16","hasConditions":false,"noConditionsGround":"44a.1.a"}""",
            "--complete", """approveNoConditions={"decision":"approve","statusDecisionNumber":"02/2026/QĐ-CĐKTHA","statusDecisionDate":"2026-01-16"}""",
            "--with", Definition("thads-reverification.bpmn"), "--with", Definition("thads-exemption-review.bpmn"));

        Assert.True(exit == 0, stderr);
        var trace = Trace(stdout);
        Assert.Contains(trace, e => (string?)e["element"] == "approveNoConditions" && (string)e["type"]! == "activity.completed");
        Assert.Contains(trace, e => (string?)e["process"] == "thads-reverification" && (string)e["type"]! == "process.completed");
        Assert.Equal("process.completed", (string)trace[^1]["type"]!);
    }
}
