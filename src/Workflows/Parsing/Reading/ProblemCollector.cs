using System.Xml.Linq;
using Thads.Workflows.Model;

namespace Thads.Workflows.Parsing.Reading;

/// <summary>
/// Gathers problems while reading, linking and validating. Messages start with the element they are about
/// ("userTask 'Task_1': …") so they read well both alone and in <see cref="BpmnProblem.ToString"/>.
/// </summary>
internal sealed class ProblemCollector(string file)
{
    /// <summary>Beyond this a file is broken beyond listing, and a crafted one could fill memory with messages.</summary>
    public const int MaxProblems = 1000;

    private readonly List<BpmnProblem> _problems = [];
    private bool _truncated;

    public int Count => _problems.Count;

    public void Report(XElement at, string code, string detail)
    {
        if (!IsFull())
        {
            Report(at, ElementInfo.OwnerId(at), code, $"{ElementInfo.Describe(at)}: {detail}");
        }
    }

    public void Report(XElement at, string? elementId, string code, string message)
    {
        if (IsFull())
        {
            return;
        }

        var (line, column) = ElementInfo.Position(at);
        _problems.Add(new BpmnProblem(file, line, column, elementId, code, message));
    }

    public SourceLocation LocationOf(XElement element)
    {
        var (line, column) = ElementInfo.Position(element);
        return new SourceLocation(file, line, column);
    }

    /// <summary>
    /// In file order, so a user can work through them from the top; ties keep the order of discovery.
    /// A truncated list ends with a <c>too-many-problems</c> entry.
    /// </summary>
    public IReadOnlyList<BpmnProblem> InFileOrder()
    {
        var ordered = _problems.OrderBy(p => p.Line).ThenBy(p => p.Column).ToList();
        if (_truncated)
        {
            ordered.Add(new BpmnProblem(
                file,
                1,
                1,
                null,
                BpmnProblemCodes.TooManyProblems,
                $"more than {MaxProblems} problems; only the first {MaxProblems} found are listed"));
        }

        return ordered;
    }

    private bool IsFull()
    {
        _truncated |= _problems.Count >= MaxProblems;
        return _truncated;
    }
}
