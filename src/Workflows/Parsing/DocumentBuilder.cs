using System.Xml.Linq;
using Thads.Workflows.Model;
using Thads.Workflows.Parsing.Linking;
using Thads.Workflows.Parsing.Reading;
using Thads.Workflows.Parsing.Validation;

namespace Thads.Workflows.Parsing;

/// <summary>Runs the phases on a loaded XML document: duplicate ids, reading, linking, validation.</summary>
internal sealed class DocumentBuilder(string file, BpmnParserOptions options)
{
    public BpmnParseResult Build(XDocument document)
    {
        var context = new ParseContext(file, options);
        var root = document.Root!;
        DuplicateIdCheck.Run(root, context.Problems);
        var processes = new DefinitionsReader(context).Read(root);
        var linker = new ScopeLinker(context);
        var validator = new ScopeValidator(context.Problems);
        foreach (var process in processes)
        {
            foreach (var scope in process.Scopes)
            {
                validator.Validate(scope, linker.Link(scope, process.Model));
            }
        }

        var problems = context.Problems.InFileOrder();
        var result = problems.Count == 0 ? new BpmnDocument(file, processes.Select(p => p.Model).ToList()) : null;
        return new BpmnParseResult(result, problems);
    }
}
