using Thads.Workflows.Model;

namespace Thads.Workflows.Parsing;

/// <summary>The outcome of reading a BPMN file: a document when it is valid, otherwise the problems.</summary>
public sealed class BpmnParseResult
{
    public BpmnParseResult(BpmnDocument? document, IReadOnlyList<BpmnProblem> problems)
    {
        Document = problems.Count == 0 ? document : null;
        Problems = problems;
    }

    public BpmnDocument? Document { get; }

    public IReadOnlyList<BpmnProblem> Problems { get; }

    public bool IsValid => Problems.Count == 0 && Document is not null;
}
