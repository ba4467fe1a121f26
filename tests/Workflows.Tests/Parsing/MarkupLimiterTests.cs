using Thads.Workflows.Parsing;
using Thads.Workflows.Parsing.Xml;
using Xunit;

namespace Thads.Workflows.Tests.Parsing;

public sealed class MarkupLimiterTests
{
    [Fact]
    public void Markup_inside_comments_cdata_instructions_and_attribute_values_does_not_count()
    {
        var limiter = new MarkupLimiter(maxDepth: 2, maxAttributes: 2);

        Feed(limiter, "<?xml version=\"1.0\"?><a x=\"<b c=d e=f g=h>\" y='/'><!-- <b><c><d i=j k=l m=n> -->"
            + "<![CDATA[<b><c><d i=j k=l m=n>]]><?pi <b><c><d>?><b/><b></b><b><c/></b></a>");
    }

    [Fact]
    public void The_limiter_reports_the_opening_tag_that_goes_one_level_too_deep()
    {
        var limiter = new MarkupLimiter(maxDepth: 2, maxAttributes: 10);

        var error = Assert.Throws<MarkupLimitException>(() => Feed(limiter, "<a>\r\n  <b>\n    <c/>\n    <d>"));

        Assert.Equal(BpmnProblemCodes.NestingTooDeep, error.Code);
        Assert.Equal((4, 5), (error.Line, error.Column));
    }

    [Fact]
    public void Closing_tags_give_back_depth_so_long_flat_documents_pass()
    {
        var limiter = new MarkupLimiter(maxDepth: 2, maxAttributes: 1);

        for (var i = 0; i < 10_000; i++)
        {
            Feed(limiter, "<a><b c='1'>text</b></a>");
        }
    }

    [Fact]
    public void The_attribute_that_passes_the_limit_is_refused()
    {
        var limiter = new MarkupLimiter(maxDepth: 10, maxAttributes: 2);

        var error = Assert.Throws<MarkupLimitException>(() => Feed(limiter, "<a b='1' c=\"2\" d='3'>"));

        Assert.Equal(BpmnProblemCodes.TooManyAttributes, error.Code);
        Assert.Equal((1, 1), (error.Line, error.Column));
    }

    private static void Feed(MarkupLimiter limiter, string text)
    {
        foreach (var character in text)
        {
            limiter.Feed(character);
        }
    }
}
