using Xunit;

namespace Thads.Workflows.Tests.Engine;

/// <summary>Scenarios run on both stores, so the durable one is held to the in-memory one's behaviour.</summary>
public static class StoreKind
{
    public const string Memory = "memory";
    public const string Sqlite = "sqlite";

    public static TheoryData<string> Both => new() { Memory, Sqlite };

    internal static Task<EngineHarness> CreateAsync(string kind, Thads.Workflows.Activities.ActivityRegistry? activities = null) =>
        kind == Sqlite ? EngineHarness.SqliteAsync(activities) : EngineHarness.InMemoryAsync(activities);
}
