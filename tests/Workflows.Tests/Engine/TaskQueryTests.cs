using Xunit;
using Thads.Workflows.Runtime;

namespace Thads.Workflows.Tests.Engine;

/// <summary>The task list filters an inbox needs in one query: sets of roles and units, unclaimed only, a search box, and a count.</summary>
public sealed class TaskQueryTests
{
    [Theory]
    [MemberData(nameof(StoreKind.Both), MemberType = typeof(StoreKind))]
    public async Task Sets_of_roles_and_units_unclaimed_only_and_search_combine(string store)
    {
        await using var h = await StoreKind.CreateAsync(store);
        await h.DeployAsync("Inbox.userTask.bpmn");
        await StartAsync(h, "HS-001/2026", "executor", "DN", null);
        await StartAsync(h, "HS-002/2026", "executor", "DN-KV1", null);
        await StartAsync(h, "HS-003/2026", "leader", "DN", null);
        await StartAsync(h, "HS-004/2026", "executor", "QNG", null);
        await StartAsync(h, "HS-005/2026", "executor", "DN", "chv.an");
        await StartAsync(h, "50%_X", "executor", "DN", null);

        var query = new TaskQuery { CandidateRoles = ["executor", "intake"], CandidateUnits = ["DN", "DN-KV1"], UnassignedOnly = true };
        Assert.Equal(["50%_X", "HS-001/2026", "HS-002/2026"], await KeysAsync(h, query));
        Assert.Equal(3, await h.Engine.CountTasksAsync(query));

        // Paging applies to the list, never to the count.
        Assert.Single(await h.Engine.QueryTasksAsync(query with { Skip = 1, Take = 1 }));
        Assert.Equal(3, await h.Engine.CountTasksAsync(query with { Skip = 1, Take = 1 }));

        Assert.Equal(["HS-002/2026"], await KeysAsync(h, query with { BusinessKeyContains = "hs-002" }));
        Assert.Equal(["HS-001/2026", "HS-002/2026"], await KeysAsync(h, query with { BusinessKeyContains = "002", OrBusinessKeys = ["HS-001/2026"] }));
        // % and _ are letters in a search box, not wildcards.
        Assert.Equal(["50%_X"], await KeysAsync(h, query with { BusinessKeyContains = "%_" }));
        Assert.Empty(await KeysAsync(h, query with { BusinessKeyContains = "HS%1" }));

        Assert.Equal(["HS-005/2026"], await KeysAsync(h, new TaskQuery { Assignee = "chv.an" }));
        Assert.Equal(0, await h.Engine.CountTasksAsync(new TaskQuery { CandidateRoles = [], CandidateUnits = ["DN"] }));
    }

    private static Task StartAsync(EngineHarness h, string key, string group, string unit, string? assignee) =>
        h.StartAsync("inbox", new { group, unit, assignee }, businessKey: key);

    /// <summary>Business keys of the matches, sorted: tasks without due dates created in the same virtual instant have no order of their own.</summary>
    private static async Task<List<string?>> KeysAsync(EngineHarness h, TaskQuery query) =>
        (await h.Engine.QueryTasksAsync(query)).Select(t => t.BusinessKey).Order(StringComparer.Ordinal).ToList();
}
