using Thads.Workflows.Parsing;
using Xunit;

namespace Thads.Workflows.Tests.Parsing;

public sealed class ExtensionTests
{
    private const string InvalidSettings = "Extensions.invalid-settings.bpmn";

    private static readonly Lazy<BpmnParseResult> Result = new(() => Fixture.Parse(InvalidSettings));

    [Fact]
    public void A_service_task_without_thads_activity_is_refused_by_name_and_position()
    {
        const string name = "ServiceTask.missing-activity.bpmn";

        var result = Fixture.Parse(name);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(BpmnProblemCodes.MissingAttribute, problem.Code);
        Assert.Equal("Task_KhongCoActivity", problem.ElementId);
        Assert.StartsWith("serviceTask 'Task_KhongCoActivity': thads:activity is required", problem.Message, StringComparison.Ordinal);
        ProblemAssert.IsAt(problem, name, "id=\"Task_KhongCoActivity\"");
    }

    [Theory]
    [InlineData("Start", BpmnProblemCodes.UnsupportedAttribute, "camunda:initiator")]
    [InlineData("Task_JavaClass", BpmnProblemCodes.UnsupportedAttribute, "camunda:class")]
    [InlineData("Task_Compensation", BpmnProblemCodes.UnsupportedAttribute, "compensation handlers")]
    [InlineData("Boundary_ErrorVariable", BpmnProblemCodes.UnsupportedAttribute, "camunda:errorCodeVariable")]
    [InlineData("Task_GroupList", BpmnProblemCodes.InvalidAttributeValue, "names one role")]
    [InlineData("Task_GroupList", BpmnProblemCodes.InvalidDueDate, "'next week'")]
    [InlineData("Task_Groovy", BpmnProblemCodes.UnsupportedScriptLanguage, "scriptFormat 'groovy'")]
    [InlineData("Flow_2", BpmnProblemCodes.UnsupportedScriptLanguage, "condition language 'python'")]
    [InlineData("Task_NoScript", BpmnProblemCodes.MissingContent, "needs a script")]
    [InlineData("Task_BothLoops", BpmnProblemCodes.InvalidMultiInstance, "not both")]
    [InlineData("Task_NoLoopSource", BpmnProblemCodes.InvalidMultiInstance, "needs loopCardinality or camunda:collection")]
    [InlineData("Task_UnnamedParameter", BpmnProblemCodes.MissingAttribute, "name is required")]
    public void Settings_the_engine_cannot_honour_are_refused(string elementId, string code, string messagePart)
    {
        var problem = ProblemAssert.Has(Result.Value, code, elementId);

        Assert.Contains(messagePart, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_thads_attributes_and_refused_camunda_attributes_are_each_reported()
    {
        var problems = Result.Value.Problems
            .Where(p => p.ElementId == "Task_CandidateUsers" && p.Code != BpmnProblemCodes.MissingIncomingFlow)
            .ToList();

        Assert.Equal(2, problems.Count);
        Assert.All(problems, p => Assert.Equal(BpmnProblemCodes.UnsupportedAttribute, p.Code));
        Assert.Contains(problems, p => p.Message.Contains("camunda:candidateUsers", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Message.Contains("thads:candidateUnitt", StringComparison.Ordinal));
    }

    [Fact]
    public void Each_broken_call_activity_mapping_is_reported_at_its_own_line()
    {
        var problems = Result.Value.Problems
            .Where(p => p.ElementId == "Call_NoCalledElement" && p.Code != BpmnProblemCodes.MissingIncomingFlow)
            .ToList();
        string[] expected =
        [
            "calledElement is required",
            "passing a business key",
            "exactly one of source and sourceExpression",
            "target is required",
            "variables must be 'all'",
        ];

        Assert.Equal(expected.Length, problems.Count);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Contains(expected[i], problems[i].Message, StringComparison.Ordinal);
        }

        Assert.Equal(expected.Length, problems.Select(p => p.Line).Distinct().Count());
    }
}
