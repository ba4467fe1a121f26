namespace Thads.Host.Designer;

/// <summary>What <see cref="WorkflowPublisher.PublishAsync"/> did: published, refused for problems, or refused because a newer version exists.</summary>
internal sealed record PublishOutcome(PublishResult? Published, ValidationReport? Refused, int? NewerVersion)
{
    public static PublishOutcome Done(PublishResult result) => new(result, null, null);

    public static PublishOutcome Invalid(ValidationReport report) => new(null, report, null);

    public static PublishOutcome Stale(int latest) => new(null, null, latest);
}
