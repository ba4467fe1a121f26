using Thads.Activities;
using Thads.Host.Startup;
using Thads.Host.Tests.Support;
using Thads.Workflows.Activities;

namespace Thads.Host.Tests.Workflow;

public sealed class ActivityResolutionTests
{
    [Fact]
    public async Task Every_thads_activity_can_be_created_from_the_applications_services()
    {
        using var host = new ThadsHostFactory();
        host.CreateClient();
        Assert.Equal(StartupStatus.Ready, await host.WaitForStartupAsync());
        var factory = new ServiceProviderActivityFactory(host.Services);
        var descriptors = ThadsActivityCatalog.CreateRegistry().Descriptors;

        Assert.Equal(
            ["Approval", "Assignment", "Delegation", "ExemptionEligibility", "Handover", "NotifyLeader", "VerificationWarning", "VoluntaryPeriod"],
            descriptors.Select(d => d.TypeName).Order());
        Assert.All(descriptors, d => Assert.IsType(d.ClrType, factory.Create(d)));
    }
}
