using Thads.Workflows.Parsing;
using Xunit;

namespace Thads.Workflows.Tests.Parsing;

public sealed class BpmnProblemTests
{
    [Fact]
    public void A_problem_prints_as_file_line_column_element_and_message()
    {
        var problem = new BpmnProblem("quy-trinh.bpmn", 12, 5, "Task_1", "dangling-reference", "targetRef 'X' does not name a flow node");

        Assert.Equal("quy-trinh.bpmn:12:5: Task_1: targetRef 'X' does not name a flow node", problem.ToString());
    }

    [Fact]
    public void A_problem_without_an_element_prints_a_dash_in_its_place()
    {
        var problem = new BpmnProblem("a.bpmn", 1, 1, null, "document-too-large", "too large");

        Assert.Equal("a.bpmn:1:1: -: too large", problem.ToString());
    }

    [Fact]
    public void Problems_found_in_a_file_print_with_the_position_of_their_element()
    {
        const string name = "ServiceTask.missing-activity.bpmn";
        var (line, column) = Fixture.PositionOf(name, "id=\"Task_KhongCoActivity\"");

        var problem = Assert.Single(Fixture.Parse(name).Problems);

        Assert.Equal(
            $"{name}:{line}:{column}: Task_KhongCoActivity: serviceTask 'Task_KhongCoActivity': "
            + "thads:activity is required: it names the registered activity the service task runs",
            problem.ToString());
    }

    [Fact]
    public void Problems_are_listed_in_file_order()
    {
        var positions = Fixture.Parse("Extensions.invalid-settings.bpmn").Problems.Select(p => (p.Line, p.Column)).ToList();

        Assert.True(positions.Count > 10);
        Assert.Equal(positions.OrderBy(p => p.Line).ThenBy(p => p.Column), positions);
    }
}
