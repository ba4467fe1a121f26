using System.Text.Json.Nodes;
using Thads.Workflows.Diagnostics;
using Xunit;
using static Thads.Workflows.Tests.Definitions.StandardDefinitions;

namespace Thads.Workflows.Tests.Definitions;

/// <summary>
/// What <c>workflow run FILE.bpmn --auto [--advance …]</c> does with each standard file (one file deployed, tasks
/// completed with their form defaults, no variables unless given), with the contract doubles in place of the
/// THADS activities. The advances here are the ones the Definitions README documents.
/// </summary>
public sealed class AutoRunTests
{
    public static TheoryData<string, string[], string?> Runs => new()
    {
        { Main, ["P11D"], null },
        { Reverification, ["P1Y"], null },
        { ExemptionReview, [], null },
        { Delegation, [], null },
        { Handover, [], """{"fromExecutor":"chv.an","toExecutor":"chv.binh","moneyAmount":15000000}""" },
    };

    [Theory]
    [MemberData(nameof(Runs))]
    public async Task Auto_completion_with_the_form_defaults_reaches_an_end(string key, string[] advances, string? variables)
    {
        var trace = new StringWriter();
        var errors = new StringWriter();

        var outcome = await TraceRunner.RunAsync(
            new TraceRunOptions
            {
                BpmnXml = Xml(key),
                FileName = key + ".bpmn",
                Variables = variables is null ? null : (JsonObject)JsonNode.Parse(variables)!,
                AutoComplete = true,
                Forms = LoadForms(),
                Advances = advances,
            },
            trace,
            errors,
            ContractActivities.CreateRegistry());

        Assert.True(outcome == TraceRunOutcome.Ended, $"{outcome}: {errors}{Environment.NewLine}{trace}");
    }

    [Fact]
    public async Task The_main_process_waits_for_the_voluntary_period_when_auto_may_not_move_the_clock()
    {
        var outcome = await TraceRunner.RunAsync(
            new TraceRunOptions { BpmnXml = Xml(Main), FileName = Main + ".bpmn", AutoComplete = true, Forms = LoadForms(), MaxAutoTimerJumps = 0 },
            TextWriter.Null,
            TextWriter.Null,
            ContractActivities.CreateRegistry());

        Assert.Equal(TraceRunOutcome.Waiting, outcome);
    }

    [Fact]
    public async Task Auto_moves_the_clock_through_the_voluntary_period_and_reaches_the_end()
    {
        var trace = new StringWriter();
        var outcome = await TraceRunner.RunAsync(
            new TraceRunOptions { BpmnXml = Xml(Main), FileName = Main + ".bpmn", AutoComplete = true, Forms = LoadForms() },
            trace,
            TextWriter.Null,
            ContractActivities.CreateRegistry());

        Assert.Equal(TraceRunOutcome.Ended, outcome);
        Assert.Contains("\"element\":\"voluntaryPeriodEnded\"", trace.ToString());
    }
}
