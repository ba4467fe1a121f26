using Thads.Workflows.Parsing;
using Xunit;

namespace Thads.Workflows.Tests.Parsing;

public sealed class XmlErrorTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Malformed_xml_is_reported_at_the_offending_tag(bool fromStream)
    {
        const string name = "Xml.malformed-mismatched-tag.bpmn";

        var result = fromStream ? Fixture.ParseStream(name) : Fixture.Parse(name);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(BpmnProblemCodes.XmlMalformed, problem.Code);
        Assert.Null(result.Document);
        var (line, _) = Fixture.PositionOf(name, "</bpmn:startEvnt>");
        Assert.Equal(line, problem.Line);
        Assert.Equal(Fixture.Text(name).Split('\n')[line - 1].IndexOf("bpmn:startEvnt", StringComparison.Ordinal) + 1, problem.Column);
        Assert.Contains("startEvnt", problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Line 5, position", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_document_is_malformed()
    {
        var problem = Assert.Single(new BpmnParser().Parse("", "empty.bpmn").Problems);

        Assert.Equal(BpmnProblemCodes.XmlMalformed, problem.Code);
        Assert.Equal("empty.bpmn", problem.File);
    }

    [Fact]
    public void A_root_element_other_than_definitions_is_refused()
    {
        var problem = ProblemAssert.Has(Fixture.Parse("Xml.root-not-definitions.bpmn"), BpmnProblemCodes.InvalidRootElement, null);

        Assert.Equal((2, 1), (problem.Line, problem.Column));
        Assert.Contains("process", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_without_an_executable_process_is_refused()
    {
        var problem = ProblemAssert.Has(Fixture.Parse("Process.not-executable.bpmn"), BpmnProblemCodes.NoExecutableProcess, "Definitions_Draft");

        Assert.Contains("isExecutable", problem.Message, StringComparison.Ordinal);
    }
}
