using System.Text;
using Thads.Workflows.Parsing;
using Xunit;

namespace Thads.Workflows.Tests.Parsing;

public sealed class ParserOptionsTests
{
    [Fact]
    public void The_defaults_are_ten_megabytes_and_thirty_two_levels()
    {
        var options = new BpmnParserOptions();

        Assert.Equal(10 * 1024 * 1024, options.MaxDocumentBytes);
        Assert.Equal(32, options.MaxNestingDepth);
    }

    [Theory]
    [InlineData(0, 32)]
    [InlineData(-1, 32)]
    [InlineData(1024, -1)]
    [InlineData(1024, BpmnParserOptions.NestingDepthCeiling + 1)]
    public void Limits_outside_the_supported_range_are_rejected_when_the_parser_is_created(long maxBytes, int maxDepth)
    {
        var options = new BpmnParserOptions { MaxDocumentBytes = maxBytes, MaxNestingDepth = maxDepth };

        Assert.Throws<ArgumentOutOfRangeException>(() => new BpmnParser(options));
    }

    [Fact]
    public void A_file_with_thousands_of_problems_lists_the_first_thousand_and_says_so()
    {
        var xml = new StringBuilder("<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" id=\"D\">");
        xml.Append("<bpmn:process id=\"P\" isExecutable=\"true\">");
        for (var i = 0; i < 3000; i++)
        {
            xml.Append("<bpmn:task id=\"Same\"/>");
        }

        var result = new BpmnParser().Parse(xml.Append("</bpmn:process></bpmn:definitions>").ToString(), "many.bpmn");

        Assert.Equal(1001, result.Problems.Count);
        Assert.Equal(BpmnProblemCodes.TooManyProblems, result.Problems[^1].Code);
        Assert.All(result.Problems.SkipLast(1), p => Assert.NotEqual(BpmnProblemCodes.TooManyProblems, p.Code));
    }
}
