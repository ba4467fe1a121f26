using System.Text.RegularExpressions;
using System.Xml.Linq;
using Thads.Workflows.Forms;
using Thads.Workflows.Model;
using Thads.Workflows.Parsing;
using Xunit;

namespace Thads.Workflows.Tests.Definitions;

/// <summary>
/// The standard processes of src/Workflows/Definitions (copied next to the test assembly under Definitions/)
/// and the contracts they rely on: the custom activities' inputs and outputs and the forms' fields.
/// </summary>
internal static partial class StandardDefinitions
{
    public const string Main = "thads-enforcement";
    public const string Reverification = "thads-reverification";
    public const string ExemptionReview = "thads-exemption-review";
    public const string Delegation = "thads-delegation";
    public const string Handover = "thads-handover";

    public static readonly string[] Keys = [Main, Reverification, ExemptionReview, Delegation, Handover];

    /// <summary>The candidate roles a user task may name (one per task).</summary>
    public static readonly string[] Roles = ["leader", "executor", "intake", "statistician", "accountant"];

    /// <summary>Forms that custom activities open themselves (their tasks have no user task in the BPMN).</summary>
    public static readonly string[] ActivityForms = ["approval", "assignment", "delegation-accept", "handover-approval"];

    /// <summary>The kinds the Approval activity accepts.</summary>
    public static readonly string[] ApprovalKinds =
        ["Decision", "Postponement", "Suspension", "Termination", "NoConditions", "Exemption", "Delegation", "Handover", "Other"];

    /// <summary>Required inputs of each custom activity, as agreed with the activities' authors (issue 4, item 3).</summary>
    public static readonly IReadOnlyDictionary<string, string[]> RequiredInputs = new Dictionary<string, string[]>
    {
        ["Approval"] = ["subject", "kind"],
        ["Assignment"] = [],
        ["VerificationWarning"] = ["mode"],
        ["VoluntaryPeriod"] = ["notifiedDate"],
        ["ExemptionEligibility"] = [],
        ["Delegation"] = ["targetUnitCode"],
        ["Handover"] = ["fromExecutor", "toExecutor"],
        ["NotifyLeader"] = ["rule", "title", "unitCode"],
    };

    /// <summary>Variables that gateways may read without a form setting them: activity outputs, call results, counters.</summary>
    public static readonly IReadOnlyDictionary<string, string> NonFormVariables = new Dictionary<string, string>
    {
        ["approved"] = "Approval output",
        ["eligible"] = "ExemptionEligibility output",
        ["conditionsFound"] = "thads-reverification result (camunda:out)",
        ["round"] = "thads-reverification counter (script)",
        ["maxRounds"] = "thads-reverification setting (script default)",
        ["previousFailedVerifications"] = "thads-reverification setting (script default)",
    };

    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Definitions");

    public static string PathOf(string key) => Path.Combine(Directory, key + ".bpmn");

    public static string Xml(string key) => File.ReadAllText(PathOf(key));

    public static IEnumerable<string> BpmnFiles() =>
        System.IO.Directory.EnumerateFiles(Directory, "*.bpmn").Order(StringComparer.Ordinal);

    public static IReadOnlyDictionary<string, FormSchema> LoadForms() => FormLibrary.LoadDirectory(Path.Combine(Directory, "forms"));

    public static ProcessModel Parse(string key)
    {
        var result = new BpmnParser().Parse(Xml(key), key + ".bpmn");
        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Problems));
        return Assert.Single(result.Document!.ExecutableProcesses);
    }

    public static IEnumerable<T> NodesOf<T>(ProcessModel process)
        where T : FlowNode => process.AllNodes.OfType<T>().OrderBy(n => n.Id, StringComparer.Ordinal);

    public static IEnumerable<SequenceFlow> FlowsOf(ProcessModel process) =>
        process.Flows.Concat(process.AllNodes.OfType<SubProcessNode>().SelectMany(s => s.Flows));

    public static string? Input(ActivityNode node, string name) => node.Inputs.FirstOrDefault(i => i.Name == name)?.Value;

    /// <summary>The identifiers a JavaScript condition reads (string literals removed), e.g. <c>outcome</c> in <c>outcome === 'x'</c>.</summary>
    public static IReadOnlyList<string> IdentifiersIn(string condition)
    {
        var code = StringLiteral().Replace(condition, "''");
        var words = Identifier().Matches(code).Select(m => m.Value);
        string[] keywords = ["true", "false", "null", "undefined", "typeof", "new", "Date"];
        return words.Where(w => !keywords.Contains(w)).Distinct().ToList();
    }

    /// <summary>The string literals compared with <paramref name="variable"/> in a condition (<c>outcome === 'completed'</c>).</summary>
    public static IReadOnlyList<string> LiteralsComparedWith(string condition, string variable) =>
        Regex.Matches(condition, $@"\b{Regex.Escape(variable)}\s*===?\s*'([^']*)'").Select(m => m.Groups[1].Value).ToList();

    public static XDocument Document(string key) => XDocument.Load(PathOf(key), LoadOptions.SetLineInfo);

    [GeneratedRegex(@"'(?:[^'\\]|\\.)*'|""(?:[^""\\]|\\.)*""")]
    private static partial Regex StringLiteral();

    [GeneratedRegex(@"(?<![\w.$])[A-Za-z_$][\w$]*")]
    private static partial Regex Identifier();
}
