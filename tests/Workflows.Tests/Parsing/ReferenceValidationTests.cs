using Thads.Workflows.Parsing;
using Xunit;

namespace Thads.Workflows.Tests.Parsing;

public sealed class ReferenceValidationTests
{
    [Fact]
    public void Flows_to_or_from_missing_nodes_are_dangling_references_and_nothing_else()
    {
        const string name = "SequenceFlow.dangling-target.bpmn";

        var result = Fixture.Parse(name);

        Assert.Equal(2, result.Problems.Count);
        var target = ProblemAssert.Has(result, BpmnProblemCodes.DanglingReference, "Flow_Dangling");
        var source = ProblemAssert.Has(result, BpmnProblemCodes.DanglingReference, "Flow_NoSource");
        Assert.Contains("targetRef 'Task_Missing'", target.Message, StringComparison.Ordinal);
        Assert.Contains("sourceRef 'Task_Gone'", source.Message, StringComparison.Ordinal);
        ProblemAssert.IsAt(target, name, "id=\"Flow_Dangling\"");
        ProblemAssert.IsAt(source, name, "id=\"Flow_NoSource\"");
    }

    [Fact]
    public void A_flow_from_a_process_into_its_subprocess_crosses_scopes()
    {
        const string name = "SequenceFlow.crosses-scope.bpmn";

        var result = Fixture.Parse(name);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(BpmnProblemCodes.FlowCrossesScope, problem.Code);
        Assert.Equal("Flow_IntoSub", problem.ElementId);
        Assert.Contains("subProcess 'Sub'", problem.Message, StringComparison.Ordinal);
        ProblemAssert.IsAt(problem, name, "id=\"Flow_IntoSub\"");
    }

    [Fact]
    public void A_duplicate_id_is_reported_at_its_second_use_naming_the_first()
    {
        const string name = "Ids.duplicate.bpmn";

        var result = Fixture.Parse(name);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(BpmnProblemCodes.DuplicateId, problem.Code);
        Assert.Equal("Task_Twice", problem.ElementId);
        ProblemAssert.IsAt(problem, name, "name=\"Second\"");
        Assert.Contains($"on line {Fixture.PositionOf(name, "name=\"First\"").Line}", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Boundary_Unknown", BpmnProblemCodes.DanglingReference, "errorRef 'Error_DoesNotExist'")]
    [InlineData("Boundary_NoCode", BpmnProblemCodes.MissingErrorCode, "'Error_NoCode' has no errorCode")]
    [InlineData("End_UnknownError", BpmnProblemCodes.DanglingReference, "errorRef 'Error_AlsoMissing'")]
    [InlineData("End_NoErrorRef", BpmnProblemCodes.MissingAttribute, "needs an errorRef")]
    public void Error_references_must_name_an_error_with_a_code(string elementId, string code, string messagePart)
    {
        var result = Fixture.Parse("ErrorRef.unknown.bpmn");

        var problem = ProblemAssert.Has(result, code, elementId);

        Assert.Contains(messagePart, problem.Message, StringComparison.Ordinal);
        Assert.Equal(4, result.Problems.Count);
    }

    [Theory]
    [InlineData("Task_NoMessageRef", BpmnProblemCodes.MissingAttribute, "messageRef is required")]
    [InlineData("Catch_UnknownMessage", BpmnProblemCodes.DanglingReference, "messageRef 'Message_Missing'")]
    public void Message_references_must_name_a_message(string elementId, string code, string messagePart)
    {
        var problem = ProblemAssert.Has(Fixture.Parse("Extensions.invalid-settings.bpmn"), code, elementId);

        Assert.Contains(messagePart, problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Boundary_OnGateway", BpmnProblemCodes.InvalidAttachment, "is not an activity")]
    [InlineData("Boundary_OtherScope", BpmnProblemCodes.InvalidAttachment, "another process or subprocess")]
    [InlineData("Boundary_UnknownHost", BpmnProblemCodes.DanglingReference, "attachedToRef 'Task_Nope'")]
    [InlineData("Boundary_NonInterruptingError", BpmnProblemCodes.ErrorBoundaryNotInterrupting, "must be interrupting")]
    [InlineData("Boundary_NoOutgoing", BpmnProblemCodes.MissingOutgoingFlow, "needs an outgoing sequence flow")]
    [InlineData("Boundary_NoDefinition", BpmnProblemCodes.MissingEventDefinition, "timer or an error")]
    [InlineData("Boundary_WithIncoming", BpmnProblemCodes.BoundaryEventHasIncoming, "cannot have incoming")]
    [InlineData("Boundary_BadCancel", BpmnProblemCodes.InvalidAttributeValue, "cancelActivity must be true or false")]
    public void Boundary_events_must_sit_on_an_activity_of_their_scope_and_lead_somewhere(string elementId, string code, string messagePart)
    {
        const string name = "BoundaryEvent.invalid.bpmn";
        var result = Fixture.Parse(name);

        var problem = ProblemAssert.Has(result, code, elementId);

        Assert.Contains(messagePart, problem.Message, StringComparison.Ordinal);
        ProblemAssert.IsAt(problem, name, $"id=\"{elementId}\"");
        Assert.Equal(8, result.Problems.Count);
    }
}
