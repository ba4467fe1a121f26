using Thads.Workflows.Activities;
using Thads.Workflows.Tests.Activities.Samples;
using Xunit;

namespace Thads.Workflows.Tests.Activities;

public sealed class ActivityRegistryTests
{
    [Fact]
    public void A_registered_activity_is_found_by_its_type_name()
    {
        var registry = new ActivityRegistry();

        var registered = registry.Register<ApproveCaseActivity>();

        Assert.True(registry.TryGet("Samples.ApproveCase", out var found));
        Assert.Same(registered, found);
        Assert.Equal(typeof(ApproveCaseActivity), found.ClrType);
    }

    [Fact]
    public void Type_names_are_case_sensitive()
    {
        var registry = new ActivityRegistry();
        registry.Register(typeof(ApproveCaseActivity));

        Assert.False(registry.TryGet("samples.approvecase", out var found));
        Assert.Null(found);
    }

    [Fact]
    public void Registering_the_same_class_twice_keeps_one_entry()
    {
        var registry = new ActivityRegistry();

        var first = registry.Register<ApproveCaseActivity>();
        var second = registry.Register<ApproveCaseActivity>();

        Assert.Same(first, second);
        Assert.Single(registry.Descriptors);
    }

    [Fact]
    public void Discovery_registers_every_concrete_attributed_activity_in_an_assembly()
    {
        var registry = new ActivityRegistry();

        var discovered = registry.RegisterFromAssemblies(typeof(ApproveCaseActivity).Assembly);

        var names = registry.Descriptors.Select(d => d.TypeName).ToList();
        Assert.Contains("Samples.ApproveCase", names);
        Assert.Contains("Samples.SendNotice", names);
        Assert.Contains("Samples.ArchiveCase", names);
        Assert.Contains("Samples.ConversionProbe", names);
        Assert.Equal(names.Count, discovered.Count);
    }

    [Fact]
    public void Discovery_skips_abstract_classes_and_private_nested_classes()
    {
        var registry = new ActivityRegistry();

        registry.RegisterFromAssemblies(typeof(ApproveCaseActivity).Assembly);

        Assert.DoesNotContain(registry.Descriptors, d => d.ClrType == typeof(AuditedActivityBase));
        Assert.False(registry.TryGet("Samples.Duplicate", out _));
    }

    [Fact]
    public void Descriptors_are_sorted_by_category_then_type_name()
    {
        var registry = new ActivityRegistry();
        registry.Register<SendNoticeActivity>();
        registry.Register<RejectingActivity>();
        registry.Register<ApproveCaseActivity>();
        registry.Register<DelayedActivity>();
        registry.Register<UnnamedActivity>();

        Assert.Equal(
            ["Samples.Unnamed", "Samples.Delayed", "Samples.Rejecting", "Samples.ApproveCase", "Samples.SendNotice"],
            registry.Descriptors.Select(d => d.TypeName));
    }

    [Fact]
    public void Two_classes_with_the_same_type_name_are_refused_naming_both()
    {
        var registry = new ActivityRegistry();
        registry.Register<FirstDuplicate>();

        var error = Assert.Throws<InvalidOperationException>(() => registry.Register<SecondDuplicate>());

        Assert.Contains("'Samples.Duplicate'", error.Message);
        Assert.Contains(typeof(FirstDuplicate).FullName!, error.Message);
        Assert.Contains(typeof(SecondDuplicate).FullName!, error.Message);
    }

    [Fact]
    public void A_refused_registration_leaves_the_registry_unchanged()
    {
        var registry = new ActivityRegistry();
        registry.Register<FirstDuplicate>();

        Assert.Throws<InvalidOperationException>(() => registry.Register<SecondDuplicate>());

        Assert.True(registry.TryGet("Samples.Duplicate", out var kept));
        Assert.Equal(typeof(FirstDuplicate), kept.ClrType);
        Assert.Single(registry.Descriptors);
    }

    [Fact]
    public void An_invalid_class_is_refused_with_an_argument_exception()
    {
        var registry = new ActivityRegistry();

        Assert.Throws<ArgumentException>(() => registry.Register(typeof(string)));
        Assert.Empty(registry.Descriptors);
    }

    [WorkflowActivity("Samples.Duplicate")]
    private sealed class FirstDuplicate : IWorkflowActivity
    {
        public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(ActivityResult.Completed);
    }

    [WorkflowActivity("Samples.Duplicate")]
    private sealed class SecondDuplicate : IWorkflowActivity
    {
        public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(ActivityResult.Completed);
    }
}
