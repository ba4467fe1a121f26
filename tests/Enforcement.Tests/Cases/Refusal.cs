using Thads.Enforcement.Cases;

namespace Thads.Enforcement.Tests.Cases;

/// <summary>Asserts that a command is refused naming a field, and that nothing about the case changed.</summary>
internal static class Refusal
{
    public static async Task<CaseValidationException> AssertRefusedAsync(this CaseWorld world, int caseId, Func<Task> command, string field, string? messagePart = null)
    {
        var before = await world.SnapshotAsync(caseId);

        var refusal = await Assert.ThrowsAsync<CaseValidationException>(command);

        var error = Assert.Single(refusal.Errors, e => e.Field == field && (messagePart is null || e.Message.Contains(messagePart, StringComparison.Ordinal)));
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
        Assert.Equal(before, await world.SnapshotAsync(caseId));
        return refusal;
    }
}
