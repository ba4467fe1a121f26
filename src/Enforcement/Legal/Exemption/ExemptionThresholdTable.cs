namespace Thads.Enforcement.Legal.Exemption;

/// <summary>
/// The Art. 61 bands of one law version, with the hardship condition they all require and the age limit of the
/// verification record. Validated on construction: bands of one payment state may not overlap, and unconfirmed rows
/// must say why.
/// </summary>
public sealed class ExemptionThresholdTable : IEffectiveVersion
{
    public ExemptionThresholdTable(
        string title,
        DateOnly effectiveFrom,
        LegalCitation hardshipCondition,
        RecordAgeLimit recordAge,
        IEnumerable<ExemptionThreshold> thresholds)
    {
        Title = title;
        EffectiveFrom = effectiveFrom;
        HardshipCondition = hardshipCondition;
        RecordAge = recordAge;
        Thresholds = thresholds.ToList();
        Validate();
    }

    public string Title { get; }

    public DateOnly EffectiveFrom { get; }

    /// <summary>Condition A of Art. 61: no usable assets and no income beyond minimum living needs.</summary>
    public LegalCitation HardshipCondition { get; }

    public RecordAgeLimit RecordAge { get; }

    public IReadOnlyList<ExemptionThreshold> Thresholds { get; }

    public ExemptionThreshold? Find(PaymentState payment, decimal remaining) =>
        Thresholds.FirstOrDefault(threshold => threshold.Covers(payment, remaining));

    private void Validate()
    {
        if (RecordAge.NeedsReview == string.IsNullOrWhiteSpace(RecordAge.ReviewReason))
        {
            throw new ArgumentException($"Table '{Title}': the record age limit's review reason must be given exactly when it needs review.");
        }

        foreach (var threshold in Thresholds)
        {
            if (threshold.EffectiveFrom != EffectiveFrom
                || threshold.NeedsReview == string.IsNullOrWhiteSpace(threshold.ReviewReason)
                || threshold.RemainingBelow <= threshold.MinimumRemaining)
            {
                throw new ArgumentException(
                    $"Table '{Title}': band {threshold.Ground} from {threshold.MinimumRemaining} is inconsistent (effective date, review reason or bounds).");
            }
        }

        foreach (var group in Thresholds.GroupBy(threshold => threshold.Payment))
        {
            var ordered = group.OrderBy(threshold => threshold.MinimumRemaining).ToList();
            foreach (var (lower, upper) in ordered.Zip(ordered.Skip(1)))
            {
                if (lower.RemainingBelow is null || lower.RemainingBelow > upper.MinimumRemaining)
                {
                    throw new ArgumentException($"Table '{Title}': bands {lower.Ground} and {upper.Ground} overlap for {group.Key}.");
                }
            }
        }
    }
}
