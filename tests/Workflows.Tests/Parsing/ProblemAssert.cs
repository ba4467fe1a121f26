using Thads.Workflows.Parsing;
using Xunit;

namespace Thads.Workflows.Tests.Parsing;

internal static class ProblemAssert
{
    /// <summary>Asserts the result is refused and has exactly one problem with this code for this element.</summary>
    public static BpmnProblem Has(BpmnParseResult result, string code, string? elementId)
    {
        Assert.False(result.IsValid);
        Assert.Null(result.Document);
        return Assert.Single(result.Problems, p => p.Code == code && p.ElementId == elementId);
    }

    /// <summary>Asserts the problem points at the element that <paramref name="marker"/> identifies in the fixture.</summary>
    public static void IsAt(BpmnProblem problem, string fixture, string marker)
    {
        var (line, column) = Fixture.PositionOf(fixture, marker);
        Assert.Equal(fixture, problem.File);
        Assert.Equal(line, problem.Line);
        Assert.Equal(column, problem.Column);
    }
}
