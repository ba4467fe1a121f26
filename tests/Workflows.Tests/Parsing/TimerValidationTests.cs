using Thads.Workflows.Parsing;
using Xunit;

namespace Thads.Workflows.Tests.Parsing;

public sealed class TimerValidationTests
{
    private const string InvalidTexts = "Timer.invalid-texts.bpmn";

    private static readonly Lazy<BpmnParseResult> Result = new(() => Fixture.Parse(InvalidTexts));

    [Theory]
    [InlineData("Timer_BadDuration", "'P5X' is not an ISO 8601 duration", "<bpmn:timeDuration>P5X")]
    [InlineData("Timer_BadDate", "'2025-02-30T08:00:00' is not an ISO 8601 date-time", "<bpmn:timeDate>2025-02-30")]
    [InlineData("Timer_Cron", "cron is not supported", "<bpmn:timeCycle>0 0 9")]
    public void Timer_text_that_is_not_valid_iso_8601_is_refused_at_the_text(string elementId, string messagePart, string marker)
    {
        var problem = ProblemAssert.Has(Result.Value, BpmnProblemCodes.InvalidTimer, elementId);

        Assert.Contains(messagePart, problem.Message, StringComparison.Ordinal);
        ProblemAssert.IsAt(problem, InvalidTexts, marker);
    }

    [Fact]
    public void A_timer_with_two_forms_is_refused_at_its_definition()
    {
        var problem = ProblemAssert.Has(Result.Value, BpmnProblemCodes.InvalidTimer, "Timer_TwoForms");

        Assert.Contains("exactly one of timeDate, timeDuration or timeCycle, found 2", problem.Message, StringComparison.Ordinal);
        Assert.Equal(Fixture.PositionOf(InvalidTexts, "id=\"Timer_TwoForms\"").Line + 1, problem.Line);
        Assert.StartsWith("timerEventDefinition in 'Timer_TwoForms'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_calendar_other_than_working_days_is_refused()
    {
        var problem = ProblemAssert.Has(Result.Value, BpmnProblemCodes.InvalidAttributeValue, "Timer_BadCalendar");

        Assert.Contains("'lunar'", problem.Message, StringComparison.Ordinal);
        ProblemAssert.IsAt(problem, InvalidTexts, "thads:calendar=\"lunar\"");
    }

    [Fact]
    public void An_expression_timer_is_left_for_the_runtime_to_evaluate()
    {
        Assert.DoesNotContain(Result.Value.Problems, p => p.ElementId == "Timer_Expression");
        Assert.Equal(5, Result.Value.Problems.Count);
    }
}
