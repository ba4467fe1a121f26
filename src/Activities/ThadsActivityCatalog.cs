using Thads.Workflows.Activities;

namespace Thads.Activities;

/// <summary>The registry of every THADS activity in this assembly, as the Host and the CLI use it.</summary>
public static class ThadsActivityCatalog
{
    public static ActivityRegistry CreateRegistry()
    {
        var registry = new ActivityRegistry();
        registry.RegisterFromAssemblies(typeof(ThadsActivityCatalog).Assembly);
        return registry;
    }
}
