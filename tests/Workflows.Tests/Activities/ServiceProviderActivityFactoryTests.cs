using Thads.Workflows.Activities;
using Thads.Workflows.Tests.Activities.Samples;
using Thads.Workflows.Tests.Activities.Support;
using Xunit;

namespace Thads.Workflows.Tests.Activities;

public sealed class ServiceProviderActivityFactoryTests
{
    private static readonly ActivityDescriptor SendNotice = ActivityDescriber.Describe(typeof(SendNoticeActivity));

    [Fact]
    public async Task Constructor_dependencies_are_resolved_from_the_service_provider()
    {
        var sender = new RecordingNoticeSender();
        var services = new TestServiceProvider().Add<INoticeSender>(sender);
        var inputs = TestActivities.Inputs(("recipient", "\"0912345678\""), ("message", "\"Mời đến làm việc\""), ("channel", "\"email\""));

        var invocation = await TestActivities.InvokeAsync(SendNotice, inputs, services);

        Assert.Equal([("0912345678", "Mời đến làm việc", NoticeChannel.Email)], sender.Sent);
        Assert.True(invocation.Outputs["sent"]!.GetValue<bool>());
        Assert.Equal("Email", invocation.Outputs["sentVia"]!.GetValue<string>());
    }

    [Fact]
    public void A_missing_service_is_reported_with_the_activity_and_the_service()
    {
        var factory = new ServiceProviderActivityFactory(new TestServiceProvider());

        var error = Assert.Throws<InvalidOperationException>(() => factory.Create(SendNotice));

        Assert.Contains("'Samples.SendNotice'", error.Message);
        Assert.Contains(nameof(INoticeSender), error.Message);
    }

    [Fact]
    public void A_parameterless_activity_needs_no_services()
    {
        var factory = new ServiceProviderActivityFactory(new TestServiceProvider());

        var activity = factory.Create(ActivityDescriber.Describe(typeof(ApproveCaseActivity)));

        Assert.IsType<ApproveCaseActivity>(activity);
    }

    [Fact]
    public void Each_call_creates_a_new_object()
    {
        var factory = new ServiceProviderActivityFactory(new TestServiceProvider().Add<INoticeSender>(new RecordingNoticeSender()));

        Assert.NotSame(factory.Create(SendNotice), factory.Create(SendNotice));
    }
}
