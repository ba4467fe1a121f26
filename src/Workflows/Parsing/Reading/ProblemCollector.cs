using System.Xml.Linq;
using Thads.Workflows.Model;

namespace Thads.Workflows.Parsing.Reading;

/// <summary>
/// Gathers problems while reading, linking and validating. Messages start with the element they are about
/// ("userTask 'Task_1': …") so they read well both alone and in <see cref="BpmnProblem.ToString"/>.
/// </summary>
internal sealed class ProblemCollector(string file)
{
    private readonly List<BpmnProblem> _problems = [];

    public int Count => _problems.Count;

    public void Report(XElement at, string code, string detail) =>
        Report(at, ElementInfo.OwnerId(at), code, $"{ElementInfo.Describe(at)}: {detail}");

    public void Report(XElement at, string? elementId, string code, string message)
    {
        var (line, column) = ElementInfo.Position(at);
        _problems.Add(new BpmnProblem(file, line, column, elementId, code, message));
    }

    public SourceLocation LocationOf(XElement element)
    {
        var (line, column) = ElementInfo.Position(element);
        return new SourceLocation(file, line, column);
    }

    /// <summary>In file order, so a user can work through them from the top; ties keep the order of discovery.</summary>
    public IReadOnlyList<BpmnProblem> InFileOrder() =>
        _problems.OrderBy(p => p.Line).ThenBy(p => p.Column).ToList();
}
