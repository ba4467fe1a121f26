using Thads.Workflows.Parsing;
using Xunit;

namespace Thads.Workflows.Tests.Parsing;

public sealed class GraphValidationTests
{
    [Fact]
    public void A_process_and_a_subprocess_without_a_start_event_are_each_reported()
    {
        const string name = "StartEvent.missing.bpmn";
        var result = Fixture.Parse(name);

        var process = ProblemAssert.Has(result, BpmnProblemCodes.MissingStartEvent, "Process_NoStart");
        var subProcess = ProblemAssert.Has(result, BpmnProblemCodes.MissingStartEvent, "Sub_NoStart");

        ProblemAssert.IsAt(process, name, "id=\"Process_NoStart\"");
        ProblemAssert.IsAt(subProcess, name, "id=\"Sub_NoStart\"");
        Assert.Contains("a subprocess needs exactly one none start event", subProcess.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Start", BpmnProblemCodes.StartEventHasIncoming)]
    [InlineData("Task_A", BpmnProblemCodes.InconsistentFlowReference)]
    [InlineData("End_Middle", BpmnProblemCodes.EndEventHasOutgoing)]
    [InlineData("Task_Orphan", BpmnProblemCodes.MissingIncomingFlow)]
    [InlineData("Task_Loop1", BpmnProblemCodes.UnreachableNode)]
    [InlineData("Task_Loop2", BpmnProblemCodes.UnreachableNode)]
    [InlineData("Sub_Start2", BpmnProblemCodes.MultipleStartEvents)]
    public void Flows_must_connect_nodes_the_way_bpmn_allows(string elementId, string code)
    {
        const string name = "Graph.connection-rules.bpmn";

        var problem = ProblemAssert.Has(Fixture.Parse(name), code, elementId);

        ProblemAssert.IsAt(problem, name, $"id=\"{elementId}\"");
    }

    [Fact]
    public void Nodes_reachable_from_the_start_event_are_not_reported()
    {
        var reported = Fixture.Parse("Graph.connection-rules.bpmn").Problems.Select(p => p.ElementId).ToHashSet();

        Assert.Equal(7, reported.Count);
        Assert.DoesNotContain("End", reported);
        Assert.DoesNotContain("Sub_TwoStarts", reported);
    }

    [Theory]
    [InlineData("Task_B", BpmnProblemCodes.DanglingReference, "default 'Flow_Nowhere'")]
    [InlineData("Gateway_Or", BpmnProblemCodes.InvalidDefaultFlow, "is not an outgoing flow")]
    [InlineData("Gateway_ParallelDefault", BpmnProblemCodes.InvalidDefaultFlow, "cannot have a default flow")]
    [InlineData("Gateway_DeadEnd", BpmnProblemCodes.MissingOutgoingFlow, "at least one outgoing")]
    [InlineData("Flow_ParallelConditional", BpmnProblemCodes.ConditionOnParallelFlow, "parallel gateway 'Gateway_Fork'")]
    [InlineData("Flow_DefaultWithCondition", BpmnProblemCodes.ConditionalDefaultFlow, "default flow of 'Gateway_Xor'")]
    public void Gateway_defaults_and_conditions_must_be_meaningful(string elementId, string code, string messagePart)
    {
        const string name = "Gateway.invalid-conditions-and-defaults.bpmn";
        var result = Fixture.Parse(name);

        var problem = ProblemAssert.Has(result, code, elementId);

        Assert.Contains(messagePart, problem.Message, StringComparison.Ordinal);
        ProblemAssert.IsAt(problem, name, $"id=\"{elementId}\"");
        Assert.Equal(6, result.Problems.Count);
    }
}
