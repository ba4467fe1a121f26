namespace Thads.Enforcement.Legal.Status;

/// <summary>The Vietnamese names of the fields a refused status change is about; every refusal message starts with one.</summary>
public static class TransitionFields
{
    public const string CurrentStatus = "Trạng thái hiện tại";

    public const string NewStatus = "Trạng thái mới";

    public const string Ground = "Căn cứ pháp lý";
}
