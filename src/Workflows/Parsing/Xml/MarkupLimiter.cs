namespace Thads.Workflows.Parsing.Xml;

/// <summary>
/// Scans the raw markup just ahead of the XML reader and stops documents whose shape makes loading them
/// quadratic: XLinq walks up to the root for every node it adds, so nesting depth d costs d², and the XML
/// reader slows down quadratically with the number of attributes on one element. Left alone, a 10 MB file
/// of nested tags keeps a CPU busy for hours. The scan is lexical only (tags, quotes, comments, CDATA,
/// processing instructions); well-formedness remains the reader's job.
/// </summary>
internal sealed class MarkupLimiter(int maxDepth, int maxAttributes)
{
    /// <summary>
    /// Element levels a BPMN file needs besides its subprocess nesting: definitions, process, a task, its
    /// extension elements and parameters, diagram shapes and labels; generously rounded up.
    /// </summary>
    public const int DepthAllowance = 64;

    /// <summary>Real BPMN elements have a few dozen attributes at most, namespace declarations included.</summary>
    public const int DefaultMaxAttributes = 256;

    // The reader does not count a byte order mark as a column, so neither may the limiter.
    private const int ByteOrderMark = 0xFEFF;

    private State _state;
    private int _quote;
    private int _depth;
    private int _attributes;
    private int _run;
    private int _previous;
    private int _line = 1;
    private int _column;
    private bool _afterCarriageReturn;
    private int _tagLine;
    private int _tagColumn;

    private enum State
    {
        Content,
        TagOpen,
        StartTag,
        Quoted,
        EndTag,
        Bang,
        BangDash,
        Comment,
        CData,
        Instruction,
        Declaration,
    }

    public static MarkupLimiter For(BpmnParserOptions options) =>
        new(options.MaxNestingDepth + DepthAllowance, DefaultMaxAttributes);

    /// <param name="unit">The next character (or, for UTF-8 input, byte); all markup delimiters are ASCII.</param>
    /// <param name="startsCharacter">False for UTF-8 continuation bytes and low surrogates, so columns count characters.</param>
    /// <exception cref="MarkupLimitException">A limit was passed.</exception>
    public void Feed(int unit, bool startsCharacter = true)
    {
        TrackPosition(unit, startsCharacter);
        _state = _state switch
        {
            State.Content => unit == '<' ? OpenTag() : State.Content,
            State.TagOpen => unit switch
            {
                '/' => State.EndTag,
                '!' => State.Bang,
                '?' => State.Instruction,
                _ => StartTag(unit),
            },
            State.StartTag => InStartTag(unit),
            State.Quoted => unit == _quote ? Remember(unit, State.StartTag) : State.Quoted,
            State.EndTag => unit == '>' ? CloseElement() : State.EndTag,
            State.Bang => unit switch
            {
                '-' => State.BangDash,
                '[' => Counting(State.CData),
                _ => State.Declaration,
            },
            State.BangDash => unit == '-' ? Counting(State.Comment) : State.Declaration,
            State.Comment => Terminator(unit, '-', 2, State.Comment),
            State.CData => Terminator(unit, ']', 2, State.CData),
            State.Instruction => Terminator(unit, '?', 1, State.Instruction),
            _ => unit == '>' ? State.Content : State.Declaration,
        };
    }

    private void TrackPosition(int unit, bool startsCharacter)
    {
        if (unit == '\n')
        {
            _line += _afterCarriageReturn ? 0 : 1;
            _column = 0;
        }
        else if (unit == '\r')
        {
            _line++;
            _column = 0;
        }
        else if (startsCharacter && unit != ByteOrderMark)
        {
            _column++;
        }

        _afterCarriageReturn = unit == '\r';
    }

    private State OpenTag()
    {
        (_tagLine, _tagColumn) = (_line, _column);
        return State.TagOpen;
    }

    private State StartTag(int unit)
    {
        _attributes = 0;
        return Remember(unit, State.StartTag);
    }

    private State InStartTag(int unit)
    {
        switch (unit)
        {
            case '"' or '\'':
                _quote = unit;
                return State.Quoted;
            case '=' when ++_attributes > maxAttributes:
                throw new MarkupLimitException(
                    BpmnProblemCodes.TooManyAttributes,
                    $"an element has more than {maxAttributes} attributes",
                    _tagLine,
                    _tagColumn);
            case '>' when _previous == '/':
                return State.Content;
            case '>':
                return OpenElement();
            default:
                return Remember(unit, State.StartTag);
        }
    }

    private State OpenElement()
    {
        if (++_depth > maxDepth)
        {
            throw new MarkupLimitException(
                BpmnProblemCodes.NestingTooDeep,
                $"elements are nested more than {maxDepth} levels deep",
                _tagLine,
                _tagColumn);
        }

        return State.Content;
    }

    private State CloseElement()
    {
        _depth = Math.Max(0, _depth - 1);
        return State.Content;
    }

    private State Remember(int unit, State next)
    {
        _previous = unit;
        return next;
    }

    private State Counting(State next)
    {
        _run = 0;
        return next;
    }

    /// <summary>Recognises the ends of comments, CDATA and instructions: enough repeats of <paramref name="repeated"/>, then a closing bracket.</summary>
    private State Terminator(int unit, char repeated, int repeats, State inside)
    {
        if (unit == repeated)
        {
            _run++;
            return inside;
        }

        var ends = unit == '>' && _run >= repeats;
        _run = 0;
        return ends ? State.Content : inside;
    }
}
