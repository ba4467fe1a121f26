using Thads.Enforcement.Cases.Configuration;
using Thads.Enforcement.Cases.Validation;
using Thads.Enforcement.Data;
using Thads.Enforcement.Legal.Status;
using Thads.Enforcement.Legal;

namespace Thads.Enforcement.Cases;

public sealed partial class CaseService
{
    /// <summary>Records that a document was notified to someone (Art. 39).</summary>
    /// <exception cref="CaseValidationException">Nothing was saved.</exception>
    public async Task<Notice> RecordNoticeAsync(int caseId, NoticeInput input, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        await using var db = await OpenAsync(actor, cancellationToken);
        var c = await LoadAsync(db, caseId, cancellationToken);
        var errors = new CaseErrors();
        NoticeValidator.Validate(c, input, Today, errors);
        errors.ThrowIfAny();

        var stamp = db.AuditStamp!;
        var notice = new Notice
        {
            Subject = input.Subject.Trim(),
            DocumentDate = input.DocumentDate,
            RecipientPartyId = input.RecipientPartyId,
            RecipientName = input.RecipientName.Trim(),
            NotifiedOn = input.NotifiedOn,
            Method = input.Method,
            RecordedAt = stamp.At,
            RecordedBy = stamp.Actor,
        };
        c.Notices.Add(notice);
        Touch(c, stamp);
        await SaveAsync(db, c, cancellationToken);
        return notice;
    }

    /// <summary>Sets the last day of the voluntary execution period (Art. 45), as the deadline rules computed it.</summary>
    /// <exception cref="CaseValidationException">No decision yet, or the date is not after the decision; nothing was saved.</exception>
    public async Task<EnforcementCase> SetVoluntaryPeriodEndAsync(int caseId, DateOnly date, string actor, CancellationToken cancellationToken = default)
    {
        await using var db = await OpenAsync(actor, cancellationToken);
        var c = await LoadAsync(db, caseId, cancellationToken);
        var errors = new CaseErrors();
        if (c.DecisionDate is not { } decided)
        {
            errors.Add(CaseFields.VoluntaryPeriodEnd, "hồ sơ chưa có quyết định thi hành án.");
        }
        else if (date <= decided)
        {
            // Art. 45: the period runs from the debtor's receipt of the decision, so it ends after the decision's date.
            errors.Add(CaseFields.VoluntaryPeriodEnd, $"ngày {LegalText.Date(date)} phải sau ngày ra quyết định thi hành án ({LegalText.Date(decided)}).");
        }

        errors.ThrowIfAny();
        c.VoluntaryPeriodEndsOn = date;
        Touch(c, db.AuditStamp!);
        await SaveAsync(db, c, cancellationToken);
        return c;
    }

    /// <summary>
    /// Records a verification of the debtor's conditions (Art. 44) by an executor (only an executor verifies, Art. 20
    /// cl. 4) and updates the case's first/last verification dates and conditions. It changes no status: the 44a
    /// decision or the move to execution is a separate <see cref="ChangeStatusAsync"/>.
    /// </summary>
    /// <exception cref="CaseValidationException">Nothing was saved.</exception>
    public async Task<VerificationRecord> RecordVerificationAsync(
        int caseId, VerificationInput input, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        await using var db = await OpenAsync(actor, cancellationToken);
        var c = await LoadAsync(db, caseId, cancellationToken);
        var errors = new CaseErrors();
        VerificationValidator.Validate(c, input, Today, errors);
        var executorId = await VerifyingExecutorAsync(db, c, input.ExecutorUserName, errors, cancellationToken);
        errors.ThrowIfAny();

        var stamp = db.AuditStamp!;
        var record = new VerificationRecord
        {
            VerifiedOn = input.VerifiedOn,
            ExecutorId = executorId!.Value,
            Result = input.Result,
            NoConditionsReason = input.NoConditionsReason,
            Notes = Clean(input.Notes),
            RecordedAt = stamp.At,
            RecordedBy = stamp.Actor,
        };
        c.Verifications.Add(record);
        var latest = CaseFacts.LatestVerification(c)!;
        c.FirstVerifiedOn = c.Verifications.Min(v => v.VerifiedOn);
        c.LastVerifiedOn = latest.VerifiedOn;
        c.HasConditions = latest.Result == VerificationResult.HasConditions;
        Touch(c, stamp);
        await SaveAsync(db, c, cancellationToken);
        return record;
    }

    /// <summary>
    /// Changes the case's status on a legal ground, if <see cref="StatusTransitions"/> allows it on that date and the
    /// case's data shows the facts the ground rests on (a notice before the voluntary period, a verification before
    /// the 44a decision, everything paid before completion…). The 44a decision's number and date are kept on the case.
    /// Accepted is set by <see cref="IssueDecisionAsync"/> and Delegated by <see cref="DelegateAsync"/>.
    /// </summary>
    /// <param name="ground">The code of the legal ground (<see cref="LegalGroundCodes"/>).</param>
    /// <param name="date">The date of the change (the decision's date).</param>
    /// <param name="decisionNumber">Required for changes made by a decision (<see cref="Validation.DecisionRequirement"/>).</param>
    /// <exception cref="CaseValidationException">The law does not allow it, or the facts are missing; nothing was saved.</exception>
    public async Task<StatusChange> ChangeStatusAsync(
        int caseId, EnforcementStatus newStatus, string ground, DateOnly date, string? decisionNumber, string actor,
        CancellationToken cancellationToken = default)
    {
        await using var db = await OpenAsync(actor, cancellationToken);
        var c = await LoadAsync(db, caseId, cancellationToken);
        var errors = new CaseErrors();
        var allowed = CheckStatusChange(c, newStatus, ground, date, decisionNumber, errors);
        errors.ThrowIfAny();

        var change = ApplyStatusChange(c, newStatus, allowed!, date, decisionNumber, db.AuditStamp!);
        await SaveAsync(db, c, cancellationToken);
        return change;
    }

    private static async Task<int?> VerifyingExecutorAsync(
        ThadsDbContext db, EnforcementCase c, string? userName, CaseErrors errors, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(userName))
        {
            if (c.ExecutorId is null)
            {
                errors.Add(CaseFields.VerifyingExecutor, "hồ sơ chưa được phân công chấp hành viên; chỉ chấp hành viên được xác minh (khoản 4 Điều 20).");
            }

            return c.ExecutorId;
        }

        var executor = await FindStaffAsync(db, userName, cancellationToken);
        if (StaffRules.ExecutorProblem(executor, userName.Trim(), await LineageOfAsync(db, executor, cancellationToken), c.UnitId) is { } problem)
        {
            errors.Add(CaseFields.VerifyingExecutor, problem);
        }

        errors.MaxLength(CaseFields.VerifyingExecutor, userName, CaseModel.ActorMaxLength);
        return executor?.Id;
    }
}
