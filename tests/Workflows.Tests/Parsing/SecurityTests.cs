using System.Diagnostics;
using System.Text;
using System.Xml;
using Thads.Workflows.Parsing;
using Thads.Workflows.Parsing.Xml;
using Xunit;

namespace Thads.Workflows.Tests.Parsing;

public sealed class SecurityTests
{
    private const int FiftyMegabytes = 50 * 1024 * 1024;

    public static TheoryData<bool> BothOverloads => new() { false, true };

    [Theory]
    [MemberData(nameof(BothOverloads))]
    public void An_external_entity_is_refused_at_the_doctype_and_the_target_file_is_never_read(bool fromStream)
    {
        const string name = "Security.xxe-system-entity.bpmn";

        var result = fromStream ? Fixture.ParseStream(name) : Fixture.Parse(name);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(BpmnProblemCodes.XmlDtdProhibited, problem.Code);
        Assert.Null(result.Document);
        ProblemAssert.IsAt(problem, name, "<!DOCTYPE");
        Assert.DoesNotContain("root:", problem.ToString(), StringComparison.Ordinal);
        foreach (var line in ReadablePasswdLines())
        {
            Assert.DoesNotContain(line, problem.ToString(), StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(BothOverloads))]
    public void An_external_dtd_after_comments_and_instructions_is_refused_at_its_own_position(bool fromStream)
    {
        const string name = "Security.external-dtd.bpmn";

        var result = fromStream ? Fixture.ParseStream(name) : Fixture.Parse(name);

        var problem = ProblemAssert.Has(result, BpmnProblemCodes.XmlDtdProhibited, null);
        ProblemAssert.IsAt(problem, name, "<!DOCTYPE");
        Assert.Equal(3, problem.Column);
    }

    [Fact]
    public void A_doctype_inside_the_document_is_refused_as_a_doctype()
    {
        const string name = "Security.doctype-in-content.bpmn";

        var problem = ProblemAssert.Has(Fixture.Parse(name), BpmnProblemCodes.XmlDtdProhibited, null);

        var (line, _) = Fixture.PositionOf(name, "<!DOCTYPE");
        Assert.Equal(line, problem.Line);
        Assert.Equal(Fixture.Text(name).Split('\n')[line - 1].IndexOf("<!DOCTYPE", StringComparison.Ordinal) + 1, problem.Column);
    }

    [Fact]
    public void A_doctype_is_located_correctly_in_a_file_with_windows_line_endings()
    {
        var text = Fixture.Text("Security.external-dtd.bpmn").ReplaceLineEndings("\r\n");

        var problem = Assert.Single(new BpmnParser().Parse(text, "crlf.bpmn").Problems);

        Assert.Equal(BpmnProblemCodes.XmlDtdProhibited, problem.Code);
        Assert.Equal((4, 3), (problem.Line, problem.Column));
    }

    [Fact]
    public void Billion_laughs_is_refused_quickly_without_expanding_anything()
    {
        var text = Fixture.Text("Security.billion-laughs.bpmn");
        var watch = Stopwatch.StartNew();

        var result = new BpmnParser().Parse(text, "lol.bpmn");

        watch.Stop();
        Assert.Equal(BpmnProblemCodes.XmlDtdProhibited, Assert.Single(result.Problems).Code);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"took {watch.Elapsed}");
    }

    [Fact]
    public void A_fifty_megabyte_upload_is_refused_after_reading_no_more_than_the_limit()
    {
        var options = new BpmnParserOptions();
        var upload = new GeneratedDocumentStream(FiftyMegabytes, seekable: false);

        var result = new BpmnParser(options).Parse(upload, "huge.bpmn");

        Assert.Equal(BpmnProblemCodes.DocumentTooLarge, Assert.Single(result.Problems).Code);
        Assert.Null(result.Document);
        Assert.InRange(upload.BytesRead, 1, options.MaxDocumentBytes + 1);
    }

    [Fact]
    public void A_seekable_stream_known_to_be_too_long_is_refused_without_reading_a_byte()
    {
        var upload = new GeneratedDocumentStream(FiftyMegabytes, seekable: true);

        var result = new BpmnParser().Parse(upload, "huge.bpmn");

        Assert.Equal(BpmnProblemCodes.DocumentTooLarge, Assert.Single(result.Problems).Code);
        Assert.Equal(0, upload.BytesRead);
    }

    [Fact]
    public void A_generated_document_under_the_limit_is_read_completely()
    {
        var upload = new GeneratedDocumentStream(100_000, seekable: false);

        var result = new BpmnParser(new BpmnParserOptions { MaxDocumentBytes = 100_000 }).Parse(upload, "big.bpmn");

        Assert.DoesNotContain(result.Problems, p => p.Code is BpmnProblemCodes.DocumentTooLarge or BpmnProblemCodes.XmlMalformed);
        Assert.Equal(100_000, upload.BytesRead);
    }

    [Theory]
    [MemberData(nameof(BothOverloads))]
    public void A_document_of_exactly_the_limit_is_read_and_one_byte_less_of_limit_refuses_it(bool fromStream)
    {
        const string name = "Process.without-di.bpmn";
        var size = new FileInfo(Fixture.PathOf(name)).Length;

        var atLimit = Parse(name, size, fromStream);
        var overLimit = Parse(name, size - 1, fromStream);

        Assert.True(atLimit.IsValid);
        Assert.Equal(BpmnProblemCodes.DocumentTooLarge, Assert.Single(overLimit.Problems).Code);
    }

    [Fact]
    public void A_string_is_measured_in_utf8_bytes_not_in_characters()
    {
        var xml = "<a>" + new string('ệ', 400) + "</a>";
        var parser = new BpmnParser(new BpmnParserOptions { MaxDocumentBytes = 1000 });

        var result = parser.Parse(xml, "vietnamese.bpmn");

        Assert.True(xml.Length < 1000);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(BpmnProblemCodes.DocumentTooLarge, problem.Code);
        Assert.Equal("vietnamese.bpmn:1:1: -: the document is larger than the limit of 1000 bytes", problem.ToString());
    }

    [Fact]
    public void Subprocesses_nested_deeper_than_the_limit_are_refused_at_the_first_level_too_deep()
    {
        const string name = "SubProcess.nested-three-deep.bpmn";

        var limited = Fixture.Parse(name, new BpmnParserOptions { MaxNestingDepth = 2 });

        var problem = ProblemAssert.Has(limited, BpmnProblemCodes.NestingTooDeep, "Level3");
        ProblemAssert.IsAt(problem, name, "id=\"Level3\"");
        Assert.Single(limited.Problems);
        Assert.True(Fixture.Parse(name).IsValid);
    }

    [Theory]
    [InlineData("<bpmn:subProcess id=\"S{0}\">", "</bpmn:subProcess>")]
    [InlineData("<bpmn:unknownThing>", "</bpmn:unknownThing>")]
    [InlineData("<other:thing xmlns:other=\"urn:other\">", "</other:thing>")]
    [InlineData("<a>", "</a>")]
    public void A_hundred_thousand_nested_elements_are_refused_quickly_and_without_deep_recursion(string open, string close)
    {
        var xml = Nest(100_000, open, close);
        var watch = Stopwatch.StartNew();

        var result = ParseOnSmallStack(xml);

        watch.Stop();
        var problem = Assert.Single(result.Problems);
        Assert.Equal(BpmnProblemCodes.NestingTooDeep, problem.Code);
        Assert.Contains("96 levels", problem.Message, StringComparison.Ordinal);
        Assert.Equal(1, problem.Line);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
    }

    [Fact]
    public void Deep_nesting_is_refused_from_a_utf16_stream_as_well()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Nest(10_000, "<a>", "</a>"))).ToArray();

        var result = new BpmnParser().Parse(new MemoryStream(bytes), "utf16.bpmn");

        Assert.Equal(BpmnProblemCodes.NestingTooDeep, Assert.Single(result.Problems).Code);
    }

    [Theory]
    [MemberData(nameof(BothOverloads))]
    public void An_element_flooded_with_attributes_is_refused_before_the_reader_slows_down(bool fromStream)
    {
        var xml = new StringBuilder("<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\"\n    ");
        for (var i = 0; i < 500_000; i++)
        {
            xml.Append('a').Append(i).Append("='' ");
        }

        var text = xml.Append("/>").ToString();
        var watch = Stopwatch.StartNew();

        var result = fromStream
            ? new BpmnParser().Parse(new MemoryStream(Encoding.UTF8.GetBytes(text)), "attributes.bpmn")
            : new BpmnParser().Parse(text, "attributes.bpmn");

        watch.Stop();
        var problem = Assert.Single(result.Problems);
        Assert.Equal(BpmnProblemCodes.TooManyAttributes, problem.Code);
        Assert.Equal((1, 1), (problem.Line, problem.Column));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"took {watch.Elapsed}");
    }

    [Fact]
    public void Subprocesses_nested_to_the_limit_with_parameters_inside_still_load()
    {
        var atLimit = NestedSubprocesses(32);
        var overLimit = NestedSubprocesses(33);

        Assert.True(new BpmnParser().Parse(atLimit, "deep.bpmn").IsValid);
        var result = new BpmnParser().Parse(overLimit, "deeper.bpmn");
        Assert.Equal("S33", Assert.Single(result.Problems, p => p.Code == BpmnProblemCodes.NestingTooDeep).ElementId);
    }

    [Fact]
    public void The_single_reader_configuration_prohibits_dtds_entities_and_validation()
    {
        var settings = SafeXmlReader.CreateSettings(12345);

        Assert.Equal(DtdProcessing.Prohibit, settings.DtdProcessing);
        Assert.InRange(settings.MaxCharactersFromEntities, 1, 1024);
        Assert.Equal(12345, settings.MaxCharactersInDocument);
        Assert.True(settings.IgnoreProcessingInstructions);
        Assert.Equal(ValidationType.None, settings.ValidationType);
        Assert.False(settings.CloseInput);
        Assert.NotSame(settings, SafeXmlReader.CreateSettings(12345));
    }

    /// <summary>Subprocesses S1..S<paramref name="depth"/>, each a start-sub-end chain; the innermost holds a task with parameters.</summary>
    private static string NestedSubprocesses(int depth)
    {
        var xml = new StringBuilder("<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" ");
        xml.Append("xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\" id=\"D\"><bpmn:process id=\"P\" isExecutable=\"true\">");
        for (var level = 0; level <= depth; level++)
        {
            var inner = level == depth
                ? $"<bpmn:task id=\"T\"><bpmn:extensionElements><camunda:inputOutput><camunda:inputParameter name=\"x\">1</camunda:inputParameter></camunda:inputOutput></bpmn:extensionElements></bpmn:task>"
                : $"<bpmn:subProcess id=\"S{level + 1}\">";
            var innerId = level == depth ? "T" : $"S{level + 1}";
            xml.Append($"<bpmn:startEvent id=\"B{level}\"/><bpmn:endEvent id=\"E{level}\"/>");
            xml.Append($"<bpmn:sequenceFlow id=\"F{level}a\" sourceRef=\"B{level}\" targetRef=\"{innerId}\"/>");
            xml.Append($"<bpmn:sequenceFlow id=\"F{level}b\" sourceRef=\"{innerId}\" targetRef=\"E{level}\"/>");
            xml.Append(inner);
        }

        xml.AppendJoin("", Enumerable.Repeat("</bpmn:subProcess>", depth));
        return xml.Append("</bpmn:process></bpmn:definitions>").ToString();
    }

    private static BpmnParseResult Parse(string name, long limit, bool fromStream)
    {
        var options = new BpmnParserOptions { MaxDocumentBytes = limit };
        return fromStream ? Fixture.ParseStream(name, options) : Fixture.Parse(name, options);
    }

    /// <summary>A process whose body is <paramref name="depth"/> nested copies of an element; {0} is the level.</summary>
    private static string Nest(int depth, string open, string close)
    {
        var xml = new StringBuilder("<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" id=\"D\">");
        xml.Append("<bpmn:process id=\"P\" isExecutable=\"true\">");
        for (var level = 1; level <= depth; level++)
        {
            xml.AppendFormat(open, level);
        }

        for (var level = 0; level < depth; level++)
        {
            xml.Append(close);
        }

        return xml.Append("</bpmn:process></bpmn:definitions>").ToString();
    }

    /// <summary>
    /// Parses on a thread with a 256 KB stack: any recursion that grew with the nesting depth would overflow
    /// it and kill the test host, so passing proves the parser walks deep trees iteratively.
    /// </summary>
    private static BpmnParseResult ParseOnSmallStack(string xml)
    {
        BpmnParseResult? result = null;
        var thread = new Thread(() => result = new BpmnParser().Parse(xml, "deep.bpmn"), maxStackSize: 256 * 1024);
        thread.Start();
        thread.Join();
        return result!;
    }

    private static IEnumerable<string> ReadablePasswdLines() =>
        File.Exists("/etc/passwd")
            ? File.ReadAllLines("/etc/passwd").Where(l => l.Length > 10)
            : [];
}
