using Thads.Workflows.Parsing;
using Xunit;

namespace Thads.Workflows.Tests.Parsing;

public sealed class UnsupportedElementTests
{
    private const string EveryRefused = "Unsupported.every-refused-element.bpmn";

    private static readonly Lazy<BpmnParseResult> Result = new(() => Fixture.Parse(EveryRefused));

    [Theory]
    [InlineData("Signal_1", "signal 'Signal_1'", "id=\"Signal_1\"")]
    [InlineData("Escalation_1", "escalation 'Escalation_1'", "id=\"Escalation_1\"")]
    [InlineData("ItemDefinition_1", "itemDefinition 'ItemDefinition_1'", "id=\"ItemDefinition_1\"")]
    [InlineData("Start_Timer", "timer subprocess start events are not supported yet", "id=\"Start_Timer\"")]
    [InlineData("Start_Message", "message start events are not supported yet", "id=\"Start_Message\"")]
    [InlineData("Task_Send", "sendTask 'Task_Send'", "id=\"Task_Send\"")]
    [InlineData("Task_Rule", "businessRuleTask 'Task_Rule'", "id=\"Task_Rule\"")]
    [InlineData("Gateway_Event", "eventBasedGateway 'Gateway_Event'", "id=\"Gateway_Event\"")]
    [InlineData("Gateway_Complex", "complexGateway 'Gateway_Complex'", "id=\"Gateway_Complex\"")]
    [InlineData("Event_Throw", "intermediateThrowEvent 'Event_Throw'", "id=\"Event_Throw\"")]
    [InlineData("Transaction_1", "transaction 'Transaction_1'", "id=\"Transaction_1\"")]
    [InlineData("AdHoc_1", "adHocSubProcess 'AdHoc_1'", "id=\"AdHoc_1\"")]
    [InlineData("Sub_Event", "event subprocesses are not supported", "id=\"Sub_Event\"")]
    [InlineData("Task_Loop", "standardLoopCharacteristics in 'Task_Loop'", "<bpmn:standardLoopCharacteristics")]
    [InlineData("IoSpecification_1", "ioSpecification 'IoSpecification_1'", "id=\"IoSpecification_1\"")]
    [InlineData("End_Message", "message end events are not supported yet", "id=\"End_Message\"")]
    [InlineData("End_Signal", "signal end events are not supported yet", "id=\"End_Signal\"")]
    [InlineData("Catch_Signal", "signal intermediate catch events", "id=\"Catch_Signal\"")]
    [InlineData("Catch_Conditional", "conditional intermediate catch events", "id=\"Catch_Conditional\"")]
    [InlineData("Catch_Link", "link intermediate catch events", "id=\"Catch_Link\"")]
    [InlineData("Catch_Multiple", "several event definitions", "id=\"Catch_Multiple\"")]
    [InlineData("Catch_Ref", "eventDefinitionRef in 'Catch_Ref'", "<bpmn:eventDefinitionRef")]
    [InlineData("Boundary_Message", "message boundary events", "id=\"Boundary_Message\"")]
    [InlineData("Boundary_Escalation", "escalation boundary events", "id=\"Boundary_Escalation\"")]
    [InlineData("Boundary_Compensate", "compensate boundary events", "id=\"Boundary_Compensate\"")]
    [InlineData("Task_TaskListener", "camunda:taskListener in 'Task_TaskListener'", "<camunda:taskListener")]
    [InlineData("Task_ExecutionListener", "camunda:executionListener in 'Task_ExecutionListener'", "<camunda:executionListener")]
    [InlineData("Task_Retry", "camunda:failedJobRetryTimeCycle in 'Task_Retry'", "<camunda:failedJobRetryTimeCycle")]
    [InlineData("Task_Connector", "camunda:connector in 'Task_Connector'", "<camunda:connector>")]
    [InlineData("Task_Field", "camunda:field in 'Task_Field'", "<camunda:field")]
    [InlineData("Task_FormData", "camunda:formData in 'Task_FormData'", "<camunda:formData")]
    [InlineData("Task_ScriptParameter", "nested element script", "<camunda:inputParameter name=\"x\"><camunda:script")]
    [InlineData("Gateway_InputOutput", "camunda:inputOutput is not supported on exclusiveGateway", "<camunda:inputOutput><camunda:inputParameter name=\"x\">1")]
    [InlineData("Task_ThadsElement", "thads:retry in 'Task_ThadsElement'", "<thads:retry")]
    public void Each_refused_element_is_reported_as_unsupported_under_its_id_and_position(string elementId, string messagePart, string marker)
    {
        var problem = ProblemAssert.Has(Result.Value, BpmnProblemCodes.UnsupportedElement, elementId);

        Assert.Contains(messagePart, problem.Message, StringComparison.Ordinal);
        ProblemAssert.IsAt(problem, EveryRefused, marker);
    }

    [Fact]
    public void A_refused_element_inside_a_flow_is_reported_once_and_causes_no_follow_up_problems()
    {
        var result = Fixture.Parse("Unsupported.send-task-in-flow.bpmn");

        var problem = Assert.Single(result.Problems);
        Assert.Equal(BpmnProblemCodes.UnsupportedElement, problem.Code);
        Assert.Equal("Task_GuiThu", problem.ElementId);
        Assert.Equal("sendTask 'Task_GuiThu': send tasks are not supported", problem.Message);
        Assert.Null(result.Document);
    }

    [Fact]
    public void Refused_start_events_do_not_also_count_as_missing_or_extra_start_events()
    {
        Assert.DoesNotContain(
            Result.Value.Problems,
            p => p.Code is BpmnProblemCodes.MissingStartEvent or BpmnProblemCodes.MultipleStartEvents);
    }
}
