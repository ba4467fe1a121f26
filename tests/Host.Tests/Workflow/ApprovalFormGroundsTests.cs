using Thads.Enforcement.Legal.Status;
using Thads.Workflows.Standard;

namespace Thads.Host.Tests.Workflow;

/// <summary>
/// The approval form's ground choices for a status decision are the grounds the law gives for postponing (Art. 48),
/// suspending (Art. 49) and terminating (Art. 50) a case in execution: none missing, none the domain would refuse.
/// </summary>
public sealed class ApprovalFormGroundsTests
{
    [Fact]
    public void The_status_ground_choices_are_the_article_48_49_50_grounds_from_execution()
    {
        var day = new DateOnly(2026, 3, 18);
        var lawful = new[] { EnforcementStatus.Postponed, EnforcementStatus.Suspended, EnforcementStatus.Terminated }
            .SelectMany(to => StatusTransitions.GroundsFor(EnforcementStatus.Executing, to, day))
            .Select(g => g.Code)
            .Order(StringComparer.Ordinal);

        var offered = StandardProcesses.Forms["approval"].Fields.Single(f => f.Key == "statusGround").AllowedValues.Order(StringComparer.Ordinal);

        Assert.Equal(lawful, offered);
    }
}
