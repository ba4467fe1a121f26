namespace Thads.Enforcement.Legal;

/// <summary>
/// The versions of one legal table ordered by effective date; the version in force on a date is the latest one that
/// started on or before it. Dates before the first version have no table: the rules of the original 2008 law are
/// not encoded, and guessing them would be worse than refusing.
/// </summary>
public sealed class EffectiveVersions<TVersion> where TVersion : IEffectiveVersion
{
    public EffectiveVersions(IEnumerable<TVersion> versions)
    {
        All = versions.OrderBy(version => version.EffectiveFrom).ToList();
        if (All.Count == 0)
        {
            throw new ArgumentException("A legal table needs at least one version.", nameof(versions));
        }

        foreach (var (earlier, later) in All.Zip(All.Skip(1)))
        {
            if (earlier.EffectiveFrom == later.EffectiveFrom)
            {
                throw new ArgumentException(
                    "Two versions start on " + LegalText.IsoDate(earlier.EffectiveFrom) + $": '{earlier.Title}' and '{later.Title}'.",
                    nameof(versions));
            }
        }
    }

    /// <summary>Every version, oldest first.</summary>
    public IReadOnlyList<TVersion> All { get; }

    public TVersion InForceOn(DateOnly date)
    {
        var index = IndexOn(date);
        return index >= 0
            ? All[index]
            : throw new LegalDateOutOfRangeException(date,
                $"No legal table is in force on {LegalText.IsoDate(date)}: the earliest, '{All[0].Title}', takes effect on {LegalText.IsoDate(All[0].EffectiveFrom)}.");
    }

    /// <summary>The version that replaces <paramref name="version"/>, or null for the latest.</summary>
    public TVersion? After(TVersion version)
    {
        var index = IndexOn(version.EffectiveFrom);
        return index + 1 < All.Count ? All[index + 1] : default;
    }

    private int IndexOn(DateOnly date)
    {
        for (var index = All.Count - 1; index >= 0; index--)
        {
            if (All[index].EffectiveFrom <= date)
            {
                return index;
            }
        }

        return -1;
    }
}
