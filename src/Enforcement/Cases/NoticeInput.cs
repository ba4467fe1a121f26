namespace Thads.Enforcement.Cases;

/// <summary>A notification to record (Art. 39).</summary>
/// <param name="Subject">What was notified.</param>
/// <param name="RecipientName">Who was notified.</param>
/// <param name="NotifiedOn">When.</param>
/// <param name="Method">How.</param>
public sealed record NoticeInput(string Subject, string RecipientName, DateOnly NotifiedOn, NoticeMethod Method)
{
    /// <summary>The date of the document notified.</summary>
    public DateOnly? DocumentDate { get; init; }

    /// <summary>The party notified, when the recipient is one.</summary>
    public int? RecipientPartyId { get; init; }
}
