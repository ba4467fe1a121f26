using Thads.Enforcement.Legal;

namespace Thads.Enforcement.Cases.Validation;

/// <summary>Collects every refusal of one command, so the user sees them all at once rather than one per attempt.</summary>
internal sealed class CaseErrors
{
    private readonly List<CaseValidationError> _errors = [];

    public bool Any => _errors.Count > 0;

    public IReadOnlyList<CaseValidationError> Items => _errors;

    public void Add(CaseField field, string message) => _errors.Add(new CaseValidationError(field.Name, $"{field.Label}: {message}"));

    /// <summary>A refusal whose message already names the field (e.g. from <c>StatusTransitions.Check</c>).</summary>
    public void AddMessage(string field, string message) => _errors.Add(new CaseValidationError(field, message));

    public void Required(CaseField field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, "chưa nhập.");
        }
    }

    public void MaxLength(CaseField field, string? value, int max)
    {
        if (value is not null && value.Trim().Length > max)
        {
            Add(field, $"dài quá {max} ký tự.");
        }
    }

    /// <summary>Amounts of money are whole VND and must be positive.</summary>
    public void Positive(CaseField field, long amount)
    {
        if (amount <= 0)
        {
            Add(field, $"phải lớn hơn 0 đồng (đã nhập {LegalText.Vnd(amount)}).");
        }
    }

    /// <summary>Case events are recorded when they have happened: a date after today is a typing error.</summary>
    public void NotFuture(CaseField field, DateOnly? date, DateOnly today)
    {
        if (date > today)
        {
            Add(field, $"ngày {LegalText.Date(date.Value)} sau ngày hôm nay ({LegalText.Date(today)}).");
        }
    }

    /// <summary>Refuses <paramref name="date"/> earlier than <paramref name="earliest"/>, naming what it may not precede.</summary>
    public void NotBefore(CaseField field, DateOnly? date, DateOnly? earliest, string earlierThing)
    {
        if (date is { } value && earliest is { } limit && value < limit)
        {
            Add(field, $"ngày {LegalText.Date(value)} trước {earlierThing} ({LegalText.Date(limit)}).");
        }
    }

    public void ThrowIfAny()
    {
        if (Any)
        {
            throw new CaseValidationException(_errors.ToList());
        }
    }

    public static void Throw(CaseField field, string message)
    {
        var errors = new CaseErrors();
        errors.Add(field, message);
        errors.ThrowIfAny();
    }
}
