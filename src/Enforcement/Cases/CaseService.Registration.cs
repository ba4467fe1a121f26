using Microsoft.EntityFrameworkCore;
using Thads.Enforcement.Cases.Audit;
using Thads.Enforcement.Cases.Configuration;
using Thads.Enforcement.Cases.Validation;
using Thads.Enforcement.Data;
using Thads.Enforcement.Legal.Status;
using Thads.Enforcement.Organisation;

namespace Thads.Enforcement.Cases;

public sealed partial class CaseService
{
    /// <summary>Registers a case with its judgment, parties and obligations; it has no status until its decision is issued.</summary>
    /// <exception cref="CaseValidationException">The intake breaks a rule; nothing was saved.</exception>
    public async Task<EnforcementCase> RegisterAsync(CaseIntake intake, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(intake);
        await using var db = await OpenAsync(actor, cancellationToken);
        var unit = string.IsNullOrWhiteSpace(intake.UnitCode)
            ? null
            : await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Code == intake.UnitCode.Trim(), cancellationToken);
        var errors = new CaseErrors();
        IntakeValidator.Validate(intake, unit, await NumberTakenAsync(db, unit?.Id, intake.CaseNumber, cancellationToken), Today, errors);
        errors.ThrowIfAny();

        var c = NewCase(intake, unit!.Id, db.AuditStamp!);
        db.Cases.Add(c);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Someone registered the same number between the check and the save: the unique index kept it once.
            if (await NumberTakenAsync(db, unit.Id, intake.CaseNumber, cancellationToken))
            {
                CaseErrors.Throw(CaseFields.CaseNumber, $"'{intake.CaseNumber.Trim()}' đã có trong sổ thụ lý của đơn vị.");
            }

            throw;
        }

        return c;
    }

    /// <summary>
    /// Records the enforcement decision (Art. 36) and opens the case (status Accepted, ground 36 on request or ex
    /// officio), reopens a request returned before 01/07/2015 by a new decision, or records the receiving agency's own
    /// decision on an accepted delegation (Art. 57), whose status is already Accepted.
    /// </summary>
    /// <exception cref="CaseValidationException">E.g. the decision is dated before the judgment or the request; nothing was saved.</exception>
    public async Task<EnforcementCase> IssueDecisionAsync(
        int caseId, string number, DateOnly date, string signedBy, string actor, CancellationToken cancellationToken = default)
    {
        await using var db = await OpenAsync(actor, cancellationToken);
        var c = await LoadAsync(db, caseId, cancellationToken);
        var errors = new CaseErrors();
        var allowed = CheckDecision(c, number, date, signedBy, errors);
        errors.ThrowIfAny();

        ApplyDecision(c, allowed, number, date, signedBy, db.AuditStamp!);
        await SaveAsync(db, c, cancellationToken);
        return c;
    }

    /// <summary>
    /// The head approves the drafted enforcement decision and so signs it (Art. 36; Art. 23 for who signs): the
    /// approval and the decision are recorded together or not at all, with the approver's name and position as the
    /// signature.
    /// </summary>
    /// <exception cref="CaseValidationException">The approver may not approve this case, or the decision breaks a rule; nothing was saved.</exception>
    public async Task<EnforcementCase> ApproveDecisionAsync(
        int caseId, string number, DateOnly date, string? comment, string actor, CancellationToken cancellationToken = default)
    {
        await using var db = await OpenAsync(actor, cancellationToken);
        var c = await LoadAsync(db, caseId, cancellationToken);
        var errors = new CaseErrors();
        var leader = await CheckApproverAsync(db, c, actor, errors, cancellationToken);
        errors.MaxLength(CaseFields.ApprovalComment, comment, CaseModel.TextMaxLength);
        var signedBy = leader is null ? actor : string.IsNullOrWhiteSpace(leader.Position) ? leader.FullName : $"{leader.FullName}, {leader.Position}";
        var allowed = CheckDecision(c, number, date, signedBy, errors);
        errors.ThrowIfAny();

        var stamp = db.AuditStamp!;
        ApplyDecision(c, allowed, number, date, signedBy, stamp);
        c.Approvals.Add(new Approval { Kind = ApprovalKinds.Decision, Approved = true, Comment = Clean(comment), DecidedAt = stamp.At, DecidedBy = stamp.Actor });
        await SaveAsync(db, c, cancellationToken);
        return c;
    }

    /// <returns>The status change the decision makes, or null when it makes none.</returns>
    private TransitionCheck? CheckDecision(EnforcementCase c, string number, DateOnly date, string signedBy, CaseErrors errors)
    {
        DecisionValidator.Validate(c, number, date, signedBy, errors);
        var ground = DecisionValidator.GroundFor(c);
        return ground is null ? null : StatusChangeValidator.Check(c, EnforcementStatus.Accepted, ground, date, Today, CaseFields.DecisionDate, errors);
    }

    private static void ApplyDecision(EnforcementCase c, TransitionCheck? allowed, string number, DateOnly date, string signedBy, AuditStamp stamp)
    {
        if (allowed is not null)
        {
            StatusRecorder.Apply(c, EnforcementStatus.Accepted, allowed, date, number, stamp);
        }

        c.DecisionNumber = number.Trim();
        c.DecisionDate = date;
        c.DecisionSignedBy = signedBy.Trim();
        if (c.AcceptanceKind != AcceptanceKind.ReceivedByDelegation)
        {
            c.AcceptedOn = date;
        }

        Touch(c, stamp);
    }

    private static async Task<StaffMember?> CheckApproverAsync(ThadsDbContext db, EnforcementCase c, string actor, CaseErrors errors, CancellationToken cancellationToken)
    {
        var leader = await FindStaffAsync(db, actor, cancellationToken);
        var lineage = await UnitLineage.LoadAsync(db, c.UnitId, cancellationToken);
        if (StaffRules.LeaderProblem(leader, actor.Trim(), lineage) is { } problem)
        {
            errors.Add(CaseFields.Approver, problem);
        }

        return leader;
    }

    /// <summary>A leader of the case's unit (or a unit above it) approves or rejects a step; a rejection needs a comment.</summary>
    /// <param name="kind">What is approved; see <see cref="ApprovalKinds"/>.</param>
    /// <param name="actor">The approving leader's user name.</param>
    /// <exception cref="CaseValidationException">Nothing was saved.</exception>
    public async Task<Approval> RecordApprovalAsync(
        int caseId, string kind, bool approved, string? comment, string actor, CancellationToken cancellationToken = default)
    {
        await using var db = await OpenAsync(actor, cancellationToken);
        var c = await LoadAsync(db, caseId, cancellationToken);
        var errors = new CaseErrors();
        errors.Required(CaseFields.ApprovalKind, kind);
        errors.MaxLength(CaseFields.ApprovalKind, kind, CaseModel.CodeMaxLength);
        errors.MaxLength(CaseFields.ApprovalComment, comment, CaseModel.TextMaxLength);
        if (!approved && string.IsNullOrWhiteSpace(comment))
        {
            errors.Add(CaseFields.ApprovalComment, "chưa nhập; khi không duyệt phải nêu lý do để xử lý lại.");
        }

        await CheckApproverAsync(db, c, actor, errors, cancellationToken);
        errors.ThrowIfAny();

        var stamp = db.AuditStamp!;
        var approval = new Approval { Kind = kind.Trim(), Approved = approved, Comment = Clean(comment), DecidedAt = stamp.At, DecidedBy = stamp.Actor };
        c.Approvals.Add(approval);
        Touch(c, stamp);
        await SaveAsync(db, c, cancellationToken);
        return approval;
    }

    private static async Task<bool> NumberTakenAsync(ThadsDbContext db, int? unitId, string? caseNumber, CancellationToken cancellationToken)
    {
        if (unitId is null || string.IsNullOrWhiteSpace(caseNumber))
        {
            return false;
        }

        var number = caseNumber.Trim();
        return await db.Cases.AnyAsync(c => c.UnitId == unitId && c.CaseNumber == number, cancellationToken);
    }

    private static EnforcementCase NewCase(CaseIntake intake, int unitId, AuditStamp stamp)
    {
        var parties = (intake.Parties ?? []).Select(p => new Party
        {
            Role = p.Role,
            Kind = p.Kind,
            FullName = p.FullName.Trim(),
            IdNumber = Clean(p.IdNumber),
            Address = Clean(p.Address),
            DateOfBirth = p.DateOfBirth,
        }).ToList();
        return new EnforcementCase
        {
            CaseNumber = intake.CaseNumber.Trim(),
            UnitId = unitId,
            AcceptanceKind = intake.AcceptanceKind,
            IntakePath = intake.IntakePath,
            JudgmentType = intake.JudgmentType,
            CourtName = intake.CourtName.Trim(),
            JudgmentNumber = intake.JudgmentNumber.Trim(),
            JudgmentDate = intake.JudgmentDate!.Value,
            JudgmentEffectiveDate = intake.JudgmentEffectiveDate,
            JudgmentReceivedOn = intake.JudgmentReceivedOn,
            RequestReceivedOn = intake.RequestReceivedOn,
            RequesterName = Clean(intake.RequesterName),
            Version = 1,
            CreatedAt = stamp.At,
            CreatedBy = stamp.Actor,
            UpdatedAt = stamp.At,
            UpdatedBy = stamp.Actor,
            Parties = parties,
            Obligations = (intake.Obligations ?? []).Select(o => new Obligation
            {
                Kind = o.Kind,
                Description = o.Description.Trim(),
                Amount = o.Amount,
                Debtor = parties[o.DebtorIndex],
                Creditor = o.CreditorIndex is { } creditor ? parties[creditor] : null,
            }).ToList(),
        };
    }
}
