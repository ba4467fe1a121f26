using Thads.Enforcement.Legal.Status;

namespace Thads.Enforcement.Cases.Validation;

/// <summary>
/// The checks every status change passes, whichever command makes it: the law's transition table with the ground and
/// its validity on the date (<see cref="StatusTransitions.Check"/>), and a date that neither lies ahead nor goes back
/// before the current status.
/// </summary>
internal static class StatusChangeValidator
{
    /// <returns>The allowed check, or null when refused (the reason is in <paramref name="errors"/>).</returns>
    public static TransitionCheck? Check(
        EnforcementCase c, EnforcementStatus to, string? groundCode, DateOnly date, DateOnly today, CaseField dateField, CaseErrors errors)
    {
        errors.NotFuture(dateField, date, today);
        errors.NotBefore(dateField, date, c.StatusSince, $"ngày chuyển sang trạng thái hiện tại '{c.Status.Vietnamese()}'");
        var check = StatusTransitions.Check(c.Status, to, groundCode, date);
        if (check.IsAllowed)
        {
            return check;
        }

        errors.AddMessage(FieldName(check.Field), check.Message);
        return null;
    }

    private static string FieldName(string? transitionField) => transitionField switch
    {
        TransitionFields.CurrentStatus => CaseFields.CurrentStatus.Name,
        TransitionFields.Ground => CaseFields.Ground.Name,
        _ => CaseFields.NewStatus.Name,
    };
}
