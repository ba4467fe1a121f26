using Thads.Enforcement.Statistics.Definitions;

namespace Thads.Enforcement.Statistics.Engine;

/// <summary>
/// The counted leaves of one row and every measure derived from them. Derived measures are only ever computed
/// here, from the leaves, which is what makes the form's identities hold by construction (§6.3a validation rules).
/// </summary>
public sealed class FormValues
{
    public FormValues()
    {
        Leaves = new long[Definitions.Leaves.Count];
    }

    public FormValues(long[] leaves)
    {
        if (leaves.Length != Definitions.Leaves.Count)
        {
            throw new ArgumentException($"Expected {Definitions.Leaves.Count} leaves.", nameof(leaves));
        }

        Leaves = leaves;
    }

    public long[] Leaves { get; }

    public long this[Leaf leaf] => Leaves[(int)leaf];

    public long Total => this[Leaf.CarriedOver] + this[Leaf.New];

    public long ToExecute => Total - this[Leaf.Removed];

    public long WithConditions
    {
        get
        {
            long sum = 0;
            foreach (var leaf in Definitions.Leaves.WithConditions)
            {
                sum += this[leaf];
            }

            return sum;
        }
    }

    public long Done => this[Leaf.Completed] + this[Leaf.Terminated] + this[Leaf.Reduced];

    public long Next => ToExecute - Done;

    public long NextWithConditions => WithConditions - Done;

    /// <summary>X / C × 100 rounded to 2 decimals (§6.3a col. 14); null when nothing has conditions.</summary>
    public decimal? Rate => WithConditions == 0 ? null : Math.Round(Done * 100m / WithConditions, 2, MidpointRounding.AwayFromZero);

    public decimal? Value(Measure measure) => measure switch
    {
        Measure.Total => Total,
        Measure.CarriedOver => this[Leaf.CarriedOver],
        Measure.New => this[Leaf.New],
        Measure.Removed => this[Leaf.Removed],
        Measure.ToExecute => ToExecute,
        Measure.WithConditions => WithConditions,
        Measure.Completed => this[Leaf.Completed],
        Measure.Terminated => this[Leaf.Terminated],
        Measure.Reduced => this[Leaf.Reduced],
        Measure.InProgress => this[Leaf.InProgress],
        Measure.Postponed => this[Leaf.Postponed],
        Measure.Suspended => this[Leaf.Suspended],
        Measure.Other => this[Leaf.Other],
        Measure.NoConditions => this[Leaf.NoConditions],
        Measure.Done => Done,
        Measure.Rate => Rate,
        Measure.Next => Next,
        Measure.NextWithConditions => NextWithConditions,
        _ => throw new ArgumentOutOfRangeException(nameof(measure), measure, null),
    };

    public void Add(ReadOnlySpan<long> leaves)
    {
        for (var i = 0; i < Leaves.Length; i++)
        {
            Leaves[i] += leaves[i];
        }
    }

    public void Add(FormValues other) => Add(other.Leaves);

    /// <summary>
    /// The second half of the identities: every case was put in RM or in exactly one classification leaf, so
    /// P computed as T − RM equals C + NC. A failure here is a bug in the classifier, never a data problem.
    /// </summary>
    public bool IsBalanced => ToExecute == WithConditions + this[Leaf.NoConditions];
}
