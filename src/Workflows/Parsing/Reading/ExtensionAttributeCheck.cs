using System.Xml.Linq;

namespace Thads.Workflows.Parsing.Reading;

/// <summary>
/// Refuses extension attributes that would change what runs. Camunda attributes are checked against a list of
/// behaviour-changing ones, so harmless modeler additions (<c>camunda:versionTag</c>, <c>camunda:asyncBefore</c>,
/// …) still load; THADS attributes are our own vocabulary, so an unknown one is almost certainly a typo.
/// </summary>
internal static class ExtensionAttributeCheck
{
    private static readonly Dictionary<string, string> RefusedCamunda = new(StringComparer.Ordinal)
    {
        ["class"] = "Java delegates are not supported (use thads:activity)",
        ["delegateExpression"] = "delegate expressions are not supported (use thads:activity)",
        ["expression"] = "expression implementations are not supported (use thads:activity)",
        ["type"] = "external tasks and connectors are not supported (use thads:activity)",
        ["topic"] = "external tasks are not supported (use thads:activity)",
        ["resource"] = "external script resources are not supported (write the script inline)",
        ["candidateUsers"] = "candidate users are not supported (use camunda:candidateGroups or thads:candidateUnit)",
        ["initiator"] = "storing the initiator in a variable is not supported",
        ["errorCodeVariable"] = "storing the caught error code in a variable is not supported",
        ["errorMessageVariable"] = "storing the caught error message in a variable is not supported",
        ["calledElementBinding"] = "call activities always start the latest version of the called process",
        ["calledElementVersion"] = "call activities always start the latest version of the called process",
        ["calledElementVersionTag"] = "call activities always start the latest version of the called process",
        ["calledElementTenantId"] = "tenants are not supported",
        ["caseRef"] = "CMMN cases are not supported",
        ["variableMappingClass"] = "delegated variable mappings are not supported (use camunda:in and camunda:out)",
        ["variableMappingDelegateExpression"] = "delegated variable mappings are not supported (use camunda:in and camunda:out)",
    };

    public static void Check(XElement element, ProblemCollector problems, params string[] allowedThads)
    {
        foreach (var attribute in element.Attributes())
        {
            var ns = attribute.Name.Namespace;
            var name = attribute.Name.LocalName;
            if (ns == BpmnXml.Camunda && RefusedCamunda.TryGetValue(name, out var reason))
            {
                problems.Report(element, BpmnProblemCodes.UnsupportedAttribute, $"camunda:{name}: {reason}");
            }
            else if (ns == BpmnXml.Thads && !allowedThads.Contains(name, StringComparer.Ordinal))
            {
                var allowed = allowedThads.Length == 0 ? "none" : string.Join(", ", allowedThads.Select(a => "thads:" + a));
                problems.Report(
                    element,
                    BpmnProblemCodes.UnsupportedAttribute,
                    $"thads:{name} is not a THADS attribute of {element.Name.LocalName} (allowed: {allowed})");
            }
        }
    }
}
