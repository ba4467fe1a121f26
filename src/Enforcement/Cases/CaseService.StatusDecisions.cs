using Thads.Enforcement.Cases.Audit;
using Thads.Enforcement.Cases.Configuration;
using Thads.Enforcement.Cases.Validation;
using Thads.Enforcement.Legal.Status;

namespace Thads.Enforcement.Cases;

public sealed partial class CaseService
{
    /// <summary>
    /// The head approves, and so signs, a decision that changes the case's status: no conditions (Art. 44a),
    /// postponement (Art. 48), suspension (Art. 49) or termination (Art. 50). The status change (checked as
    /// <see cref="ChangeStatusAsync"/> checks it) and the approval are recorded together or not at all.
    /// </summary>
    /// <param name="approvalKind">The approval's kind (<see cref="ApprovalKinds"/>).</param>
    /// <param name="date">The decision's date, which is the date of the change.</param>
    /// <exception cref="CaseValidationException">The approver may not approve this case, or the law or the case's facts refuse the change; nothing was saved.</exception>
    public async Task<StatusChange> ApproveStatusDecisionAsync(
        int caseId, string approvalKind, EnforcementStatus newStatus, string ground, DateOnly date, string decisionNumber,
        string? comment, string actor, CancellationToken cancellationToken = default)
    {
        await using var db = await OpenAsync(actor, cancellationToken);
        var c = await LoadAsync(db, caseId, cancellationToken);
        var errors = new CaseErrors();
        await CheckApproverAsync(db, c, actor, errors, cancellationToken);
        errors.MaxLength(CaseFields.ApprovalComment, comment, CaseModel.TextMaxLength);
        var allowed = CheckStatusChange(c, newStatus, ground, date, decisionNumber, errors);
        errors.ThrowIfAny();

        var stamp = db.AuditStamp!;
        var change = ApplyStatusChange(c, newStatus, allowed!, date, decisionNumber, stamp);
        c.Approvals.Add(new Approval { Kind = approvalKind, Approved = true, Comment = Clean(comment), DecidedAt = stamp.At, DecidedBy = stamp.Actor });
        await SaveAsync(db, c, cancellationToken);
        return change;
    }

    private TransitionCheck? CheckStatusChange(EnforcementCase c, EnforcementStatus newStatus, string ground, DateOnly date, string? decisionNumber, CaseErrors errors)
    {
        // The law first: facts are only worth checking for a change the law allows.
        var allowed = StatusChangeValidator.Check(c, newStatus, ground, date, Today, CaseFields.StatusDate, errors);
        if (allowed is not null)
        {
            StatusPreconditions.Check(c, newStatus, ground, date, decisionNumber, errors);
        }

        return allowed;
    }

    private static StatusChange ApplyStatusChange(EnforcementCase c, EnforcementStatus newStatus, TransitionCheck allowed, DateOnly date, string? decisionNumber, AuditStamp stamp)
    {
        var change = StatusRecorder.Apply(c, newStatus, allowed, date, decisionNumber, stamp);
        if (newStatus == EnforcementStatus.NoConditions)
        {
            // The public register lists debtors by the 44a decision (Art. 44a cl. 2), so its number and date stay on the case.
            c.NoConditionsDecisionNumber = change.DecisionNumber;
            c.NoConditionsDecisionDate = date;
        }

        Touch(c, stamp);
        return change;
    }
}
