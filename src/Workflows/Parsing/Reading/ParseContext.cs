namespace Thads.Workflows.Parsing.Reading;

/// <summary>State shared by the readers of one document: options, problems, references and the node registry.</summary>
internal sealed class ParseContext
{
    private readonly Dictionary<string, ScopeDraft> _nodeScopes = new(StringComparer.Ordinal);
    private readonly HashSet<string> _refusedIds = new(StringComparer.Ordinal);

    public ParseContext(string file, BpmnParserOptions options)
    {
        Options = options;
        Problems = new ProblemCollector(file);
        References = new ReferenceTable(Problems);
    }

    public BpmnParserOptions Options { get; }

    public ProblemCollector Problems { get; }

    public ReferenceTable References { get; }

    /// <summary>
    /// Adds the node to its scope unless its id is already taken. Duplicates are reported by
    /// <see cref="Linking.DuplicateIdCheck"/>; keeping the first one stops references from becoming ambiguous.
    /// </summary>
    public bool AddNode(ScopeDraft scope, NodeDraft draft)
    {
        if (!_nodeScopes.TryAdd(draft.Node.Id, scope))
        {
            return false;
        }

        scope.Add(draft);
        return true;
    }

    /// <summary>Notes an element that was refused, so that flows to it do not also report it as missing.</summary>
    public void Refuse(ScopeDraft scope, string? id)
    {
        if (id is not null)
        {
            scope.RefusedIds.Add(id);
            _refusedIds.Add(id);
        }
    }

    public bool IsRefused(string id) => _refusedIds.Contains(id);

    /// <summary>The scope that holds the node with this id, at any depth of any process.</summary>
    public ScopeDraft? ScopeOfNode(string id) => _nodeScopes.GetValueOrDefault(id);
}
