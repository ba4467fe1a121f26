using System.Text.Json.Nodes;
using Thads.Workflows.Activities;
using Thads.Workflows.Tests.Activities.Samples;
using Thads.Workflows.Tests.Activities.Support;
using Xunit;

namespace Thads.Workflows.Tests.Activities;

public sealed class ActivityInvokerTests
{
    private static readonly ActivityDescriptor ApproveCase = ActivityDescriber.Describe(typeof(ApproveCaseActivity));

    [Fact]
    public async Task A_completed_activity_returns_its_outputs_as_json_by_bpmn_name()
    {
        var inputs = TestActivities.Inputs(("caseNumber", "\"HS-1\""), ("decision", "\"DongY\""), ("amount", "\"1500000\""), ("dueDate", "\"2024-06-30\""));

        var invocation = await TestActivities.InvokeAsync(ApproveCase, inputs);

        Assert.Same(ActivityResult.Completed, invocation.Result);
        Assert.Equal(["approved", "approvedAmount"], invocation.Outputs.Keys.Order());
        Assert.True(invocation.Outputs["approved"]!.GetValue<bool>());
        Assert.Equal(1500000m, invocation.Outputs["approvedAmount"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task A_bpmn_error_returns_the_error_and_no_outputs()
    {
        var invocation = await TestActivities.InvokeAsync(ActivityDescriber.Describe(typeof(RejectingActivity)), TestActivities.Inputs());

        Assert.Equal(ActivityResultKind.BpmnError, invocation.Result.Kind);
        Assert.Equal("HO_SO_BI_TU_CHOI", invocation.Result.ErrorCode);
        Assert.Empty(invocation.Outputs);
    }

    [Fact]
    public async Task An_activity_that_completes_asynchronously_is_awaited()
    {
        var invocation = await TestActivities.InvokeAsync(ActivityDescriber.Describe(typeof(DelayedActivity)), TestActivities.Inputs(("value", "21")));

        Assert.Equal(42, invocation.Outputs["doubled"]!.GetValue<int>());
    }

    [Fact]
    public async Task An_output_json_cannot_hold_is_reported_with_activity_and_output_name()
    {
        var error = await Assert.ThrowsAsync<ActivityBindingException>(
            async () => await TestActivities.InvokeAsync(ActivityDescriber.Describe(typeof(NotANumberActivity)), TestActivities.Inputs()));

        Assert.Equal("ratio", error.ParameterName);
        Assert.Contains("Activity 'Samples.NotANumber': output 'ratio'", error.Message);
        Assert.Contains("NaN", error.Message);
    }

    [Fact]
    public async Task A_disposable_activity_is_disposed_after_it_ran()
    {
        var log = new DisposalLog();
        var services = new TestServiceProvider().Add(log);

        await TestActivities.InvokeAsync(ActivityDescriber.Describe(typeof(DisposableActivity)), TestActivities.Inputs(("name", "\"x\"")), services);

        Assert.Equal(1, log.Disposed);
    }

    [Fact]
    public async Task A_disposable_activity_is_disposed_even_when_binding_fails()
    {
        var log = new DisposalLog();
        var services = new TestServiceProvider().Add(log);

        await Assert.ThrowsAsync<ActivityBindingException>(
            async () => await TestActivities.InvokeAsync(ActivityDescriber.Describe(typeof(DisposableActivity)), TestActivities.Inputs(), services));

        Assert.Equal(1, log.Disposed);
    }

    [Fact]
    public async Task Every_execution_gets_a_fresh_activity_object()
    {
        var first = TestActivities.Inputs(("caseNumber", "\"HS-1\""), ("decision", "\"DongY\""), ("amount", "\"100\""));
        var second = TestActivities.Inputs(("caseNumber", "\"HS-2\""), ("decision", "\"TuChoi\""));

        await TestActivities.InvokeAsync(ApproveCase, first);
        var invocation = await TestActivities.InvokeAsync(ApproveCase, second);

        Assert.False(invocation.Outputs["approved"]!.GetValue<bool>());
        Assert.Equal(0m, invocation.Outputs["approvedAmount"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task A_factory_returning_the_wrong_class_is_reported()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            async () => await ActivityInvoker.InvokeAsync(new WrongFactory(), ApproveCase, TestActivities.Inputs(), TestActivities.Context()));

        Assert.Contains("'Samples.ApproveCase'", error.Message);
        Assert.Contains(typeof(RejectingActivity).FullName!, error.Message);
    }

    [Fact]
    public async Task The_activity_sees_the_context_the_engine_passed()
    {
        var context = TestActivities.Context();
        var recorder = new ContextRecorder();

        await ActivityInvoker.InvokeAsync(new FixedFactory(recorder), ActivityDescriber.Describe(typeof(ContextRecorder)), new Dictionary<string, JsonNode?>(), context);

        Assert.Same(context, recorder.Seen);
    }

    private sealed class WrongFactory : IActivityFactory
    {
        public IWorkflowActivity Create(ActivityDescriptor descriptor) => new RejectingActivity();
    }

    private sealed class FixedFactory(IWorkflowActivity activity) : IActivityFactory
    {
        public IWorkflowActivity Create(ActivityDescriptor descriptor) => activity;
    }

    [WorkflowActivity("Samples.ContextRecorder")]
    private sealed class ContextRecorder : IWorkflowActivity
    {
        public ActivityContext? Seen { get; private set; }

        public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken = default)
        {
            Seen = context;
            return ValueTask.FromResult(ActivityResult.Completed);
        }
    }
}
