using System.Diagnostics.CodeAnalysis;
using System.Reflection;

namespace Thads.Workflows.Activities;

/// <summary>
/// The activities the engine can run, by <c>thads:activity</c> type name (case-sensitive). Register at start-up;
/// lookups are lock-free and safe from any thread because every registration publishes a new snapshot.
/// </summary>
public sealed class ActivityRegistry
{
    private readonly Lock _gate = new();
    private volatile Dictionary<string, ActivityDescriptor> _byName = new(StringComparer.Ordinal);
    private volatile ActivityDescriptor[] _sorted = [];

    /// <summary>All registered activities, sorted by category and then type name (ordinal).</summary>
    public IReadOnlyList<ActivityDescriptor> Descriptors => _sorted;

    /// <exception cref="ArgumentException">The class breaks the activity contract.</exception>
    /// <exception cref="InvalidOperationException">Another class already uses the same type name.</exception>
    public ActivityDescriptor Register(Type activityType) => Add([ActivityDescriber.Describe(activityType)])[0];

    /// <inheritdoc cref="Register(Type)"/>
    public ActivityDescriptor Register<TActivity>()
        where TActivity : class, IWorkflowActivity => Register(typeof(TActivity));

    /// <summary>
    /// Registers every non-abstract class in <paramref name="assemblies"/> that implements
    /// <see cref="IWorkflowActivity"/> and carries <see cref="WorkflowActivityAttribute"/>. Private nested classes are
    /// skipped (register them explicitly). Either all discovered activities are registered or, on error, none.
    /// </summary>
    /// <returns>The descriptors of the discovered activities.</returns>
    public IReadOnlyList<ActivityDescriptor> RegisterFromAssemblies(params Assembly[] assemblies)
    {
        ArgumentNullException.ThrowIfNull(assemblies);
        var descriptors = assemblies
            .SelectMany(assembly => assembly.GetTypes())
            .Where(ActivityDescriber.IsCandidate)
            .Distinct()
            .OrderBy(type => type.FullName, StringComparer.Ordinal)
            .Select(ActivityDescriber.Describe)
            .ToList();
        return Add(descriptors);
    }

    public bool TryGet(string typeName, [MaybeNullWhen(false)] out ActivityDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(typeName);
        return _byName.TryGetValue(typeName, out descriptor);
    }

    private List<ActivityDescriptor> Add(List<ActivityDescriptor> candidates)
    {
        lock (_gate)
        {
            var byName = new Dictionary<string, ActivityDescriptor>(_byName, StringComparer.Ordinal);
            var registered = new List<ActivityDescriptor>(candidates.Count);
            foreach (var candidate in candidates)
            {
                if (byName.TryGetValue(candidate.TypeName, out var existing))
                {
                    // Registering the same class twice (e.g. explicitly and by discovery) is harmless.
                    if (existing.ClrType != candidate.ClrType)
                    {
                        throw new InvalidOperationException(
                            $"Activity type name '{candidate.TypeName}' is used by both {Describe(existing.ClrType)} and {Describe(candidate.ClrType)}; type names must be unique.");
                    }

                    registered.Add(existing);
                    continue;
                }

                byName.Add(candidate.TypeName, candidate);
                registered.Add(candidate);
            }

            _sorted = [.. byName.Values
                .OrderBy(d => d.Category, StringComparer.Ordinal)
                .ThenBy(d => d.TypeName, StringComparer.Ordinal)];
            _byName = byName;
            return registered;
        }
    }

    private static string Describe(Type type) => $"{type.FullName} ({type.Assembly.GetName().Name})";
}
