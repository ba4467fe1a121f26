namespace Thads.Enforcement.Cases.Validation;

/// <summary>An input field: its property path for the form and its Vietnamese name for the message.</summary>
internal sealed record CaseField(string Name, string Label)
{
    /// <summary>The field of the <paramref name="index"/>-th item of a list ("Obligations[0].Amount", "Số tiền của nghĩa vụ thứ 1").</summary>
    public CaseField At(string list, int index, string itemLabel) => new($"{list}[{index}].{Name}", $"{Label} của {itemLabel} thứ {index + 1}");
}
