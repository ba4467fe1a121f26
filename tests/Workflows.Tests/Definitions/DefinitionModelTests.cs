using System.Text.RegularExpressions;
using System.Xml.Linq;
using Thads.Workflows.Model;
using Thads.Workflows.Parsing;
using Xunit;
using static Thads.Workflows.Tests.Definitions.StandardDefinitions;

namespace Thads.Workflows.Tests.Definitions;

/// <summary>The standard .bpmn files: they parse, follow the naming and assignment conventions, and use the activities as agreed.</summary>
public sealed partial class DefinitionModelTests
{
    public static TheoryData<string> AllKeys => [.. Keys];

    [Fact]
    public void The_definitions_folder_holds_exactly_the_standard_processes()
    {
        Assert.Equal(Keys.Order(StringComparer.Ordinal), BpmnFiles().Select(Path.GetFileNameWithoutExtension));
    }

    [Theory]
    [MemberData(nameof(AllKeys))]
    public void Each_file_parses_without_problems_and_its_one_executable_process_is_named_like_the_file(string key)
    {
        var result = new BpmnParser().Parse(Xml(key), key + ".bpmn");

        Assert.Empty(result.Problems);
        var process = Assert.Single(result.Document!.Processes);
        Assert.True(process.IsExecutable);
        Assert.Equal(key, process.Id);
        Assert.False(string.IsNullOrWhiteSpace(process.Name));
    }

    [Theory]
    [MemberData(nameof(AllKeys))]
    public void Every_element_has_a_vietnamese_name_and_an_english_camel_case_id(string key)
    {
        var process = Parse(key);

        foreach (var node in process.AllNodes)
        {
            Assert.True(CamelCase().IsMatch(node.Id), $"{node.Id} is not camelCase");
            Assert.False(string.IsNullOrWhiteSpace(node.Name), $"{node.Id} has no name");
        }

        Assert.All(FlowsOf(process), f => Assert.Matches(CamelCase(), f.Id));
        Assert.Contains(process.AllNodes, n => n.Name!.Any(c => c > 127));
    }

    [Theory]
    [MemberData(nameof(AllKeys))]
    public void Every_element_and_flow_has_a_shape_or_an_edge_in_the_diagram(string key)
    {
        var document = Document(key);
        XNamespace bpmndi = "http://www.omg.org/spec/BPMN/20100524/DI";
        var shapes = document.Descendants(bpmndi + "BPMNShape").Select(s => (string)s.Attribute("bpmnElement")!).ToHashSet();
        var edges = document.Descendants(bpmndi + "BPMNEdge").ToDictionary(e => (string)e.Attribute("bpmnElement")!);
        var process = Parse(key);

        Assert.All(process.AllNodes, n => Assert.Contains(n.Id, shapes));
        Assert.All(FlowsOf(process), f => Assert.True(edges.ContainsKey(f.Id), $"{f.Id} has no edge"));
        XNamespace di = "http://www.omg.org/spec/DD/20100524/DI";
        Assert.All(edges.Values, e => Assert.True(e.Elements(di + "waypoint").Count() >= 2, $"{e.Attribute("bpmnElement")} has fewer than two waypoints"));
        var plane = Assert.Single(document.Descendants(bpmndi + "BPMNPlane"));
        Assert.Equal(key, (string?)plane.Attribute("bpmnElement"));
    }

    [Theory]
    [MemberData(nameof(AllKeys))]
    public void User_tasks_name_one_role_their_unit_and_a_form_and_executor_tasks_are_assigned(string key)
    {
        foreach (var task in NodesOf<UserTaskNode>(Parse(key)))
        {
            Assert.Contains(task.CandidateRole, Roles);
            Assert.Equal("${unitCode}", task.CandidateUnit);
            Assert.False(string.IsNullOrWhiteSpace(task.FormKey), $"{task.Id} has no form");
            if (task.CandidateRole == "executor")
            {
                Assert.True(task.Assignee is "${executor}" or "${fromExecutor}", $"{task.Id} is an executor task without an assignee");
            }
            else
            {
                Assert.Null(task.Assignee);
            }
        }
    }

    [Theory]
    [MemberData(nameof(AllKeys))]
    public void Service_tasks_use_the_agreed_activities_with_their_required_inputs(string key)
    {
        foreach (var task in NodesOf<ServiceTaskNode>(Parse(key)))
        {
            Assert.True(RequiredInputs.TryGetValue(task.ActivityType, out var required), $"{task.Id}: unknown activity {task.ActivityType}");
            foreach (var input in required)
            {
                Assert.False(string.IsNullOrWhiteSpace(Input(task, input)), $"{task.Id} lacks the required input {input}");
            }

            if (task.ActivityType == "Approval")
            {
                Assert.Contains(Input(task, "kind"), ApprovalKinds);
            }

            if (task.ActivityType == "VerificationWarning")
            {
                Assert.Contains(Input(task, "mode"), new[] { "FirstVerification", "ReVerification" });
            }

            if (task.ActivityType is "Approval" or "Assignment" or "ExemptionEligibility")
            {
                Assert.Equal("${caseId}", Input(task, "caseId"));
                Assert.Equal("${unitCode}", Input(task, "unitCode"));
            }
        }
    }

    [Theory]
    [MemberData(nameof(AllKeys))]
    public void Every_approval_is_followed_by_a_gateway_whose_default_is_the_approved_path_and_whose_rejection_loops_back(string key)
    {
        var process = Parse(key);
        var approvals = NodesOf<ServiceTaskNode>(process).Where(t => t.ActivityType == "Approval").ToList();

        foreach (var approval in approvals)
        {
            var gateway = Assert.IsType<GatewayNode>(Assert.Single(approval.Outgoing).Target);
            Assert.Equal(FlowNodeKind.ExclusiveGateway, gateway.Kind);
            Assert.NotNull(gateway.DefaultFlow);
            var rejection = Assert.Single(gateway.Outgoing, f => f != gateway.DefaultFlow);
            Assert.Equal("approved === false", ExpressionText.Condition(rejection.Condition!));
            Assert.True(Precedes(rejection.Target, approval), $"rejection after {approval.Id} does not loop back before it");
        }
    }

    [Theory]
    [MemberData(nameof(AllKeys))]
    public void Exclusive_gateways_that_decide_have_a_default_flow_and_conditions_on_every_other_flow(string key)
    {
        foreach (var gateway in NodesOf<GatewayNode>(Parse(key)).Where(g => g.Outgoing.Count > 1))
        {
            Assert.NotNull(gateway.DefaultFlow);
            Assert.Null(gateway.DefaultFlow!.Condition);
            Assert.All(gateway.Outgoing.Where(f => f != gateway.DefaultFlow), f => Assert.False(string.IsNullOrWhiteSpace(f.Condition)));
        }
    }

    [Theory]
    [MemberData(nameof(AllKeys))]
    public void Non_interrupting_timers_escalate_to_the_leader_with_a_warning_id(string key)
    {
        foreach (var timer in NodesOf<BoundaryEventNode>(Parse(key)).Where(b => b.Timer is not null))
        {
            Assert.False(timer.CancelActivity, $"{timer.Id} interrupts its activity");
            var notify = Assert.IsType<ServiceTaskNode>(Assert.Single(timer.Outgoing).Target);
            Assert.Equal("NotifyLeader", notify.ActivityType);
            Assert.Matches(WarningRule(), Input(notify, "rule"));
            Assert.Equal(FlowNodeKind.EndEvent, Assert.Single(notify.Outgoing).Target.Kind);
        }
    }

    [Fact]
    public void Working_day_deadlines_use_the_working_day_calendar_and_calendar_day_periods_do_not()
    {
        var timers = Keys.SelectMany(k => Parse(k).AllNodes).Select(n => (n.Id, Timer: n switch
        {
            BoundaryEventNode b => b.Timer,
            IntermediateCatchEventNode c => c.Timer,
            _ => null,
        })).Where(t => t.Timer is not null).ToDictionary(t => t.Id, t => t.Timer!);

        // Art. 36 decision, Art. 39 notification, Art. 55 delegation, Art. 57 acceptance, Arts. 48–50 decisions, W4, W7c, W8.
        string[] workingDays =
        [
            "decisionOverdue", "assignmentOverdue", "notificationOverdue", "terminationOverdue", "postponementOverdue",
            "suspensionOverdue", "noConditionsOverdue", "creditorNoticeOverdue", "delegationDecisionOverdue", "acceptanceOverdue",
        ];
        Assert.All(workingDays, id => Assert.Equal("working-days", timers[id].Calendar));
        Assert.Equal("P3D", timers["notificationOverdue"].Expression);
        Assert.Equal("P5D", timers["decisionOverdue"].Expression);
        Assert.Equal("P5D", timers["delegationDecisionOverdue"].Expression);

        // Art. 45 voluntary period: 10 calendar days; Art. 44 verification and re-verification: dates the activity computes.
        // The period is counted from the notification date entered, by the VoluntaryPeriod activity; the process moves
        // at 00:00 the day after its last day.
        Assert.Null(timers["voluntaryPeriodEnded"].Calendar);
        Assert.Equal(TimerKind.Date, timers["voluntaryPeriodEnded"].Kind);
        Assert.Equal("${voluntaryPeriodOver}", timers["voluntaryPeriodEnded"].Expression);
        Assert.Equal(TimerKind.Date, timers["verificationOverdue"].Kind);
        Assert.Equal("${verificationDue}", timers["verificationOverdue"].Expression);
        Assert.Equal("${verificationDue}", timers["reverificationOverdue"].Expression);
    }

    [Fact]
    public void Call_activities_call_standard_processes()
    {
        var calls = NodesOf<CallActivityNode>(Parse(Main)).ToDictionary(c => c.Id, c => c.CalledElement);

        Assert.Equal(Delegation, calls["delegateCase"]);
        Assert.Equal(Reverification, calls["reverifyConditions"]);
        Assert.Equal(ExemptionReview, calls["reviewExemption"]);
        Assert.All(calls.Values, called => Assert.Contains(called, Keys));
        var reverify = (CallActivityNode)Parse(Main).FindNode("reverifyConditions")!;
        Assert.Contains(reverify.OutMappings, m => m.Source == "conditionsFound" && m.Target == "conditionsFound");
    }

    [Fact]
    public void The_main_process_documents_that_requests_returned_before_2015_are_imported_state_not_a_path()
    {
        var documentation = Document(Main).Root!.Elements().Single(e => e.Name.LocalName == "process")
            .Elements().First(e => e.Name.LocalName == "documentation").Value;

        Assert.Contains("01/07/2015", documentation);
        Assert.Contains("RETURNED_PRE2015", documentation);
        Assert.DoesNotContain(Parse(Main).AllNodes, n => n.Name!.Contains("Trả đơn", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>True when <paramref name="from"/> reaches <paramref name="to"/> along sequence flows (a loop back).</summary>
    private static bool Precedes(FlowNode from, FlowNode to)
    {
        var seen = new HashSet<FlowNode>();
        var queue = new Queue<FlowNode>([from]);
        while (queue.TryDequeue(out var node))
        {
            if (node == to)
            {
                return true;
            }

            if (seen.Add(node))
            {
                foreach (var flow in node.Outgoing)
                {
                    queue.Enqueue(flow.Target);
                }
            }
        }

        return false;
    }

    [GeneratedRegex("^[a-z][A-Za-z0-9]*$")]
    private static partial Regex CamelCase();

    [GeneratedRegex(@"^(W\d+[a-z]?-[a-z0-9-]+|\$\{.*W\d+.*\})$")]
    private static partial Regex WarningRule();
}
