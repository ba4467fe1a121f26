using Microsoft.EntityFrameworkCore;
using Thads.Enforcement.Cases.Audit;
using Thads.Enforcement.Cases.Configuration;
using Thads.Enforcement.Cases.Validation;
using Thads.Enforcement.Legal.Status;
using Thads.Enforcement.Organisation;

namespace Thads.Enforcement.Cases;

public sealed partial class CaseService
{
    /// <summary>
    /// Ủy thác (Arts. 55–57): the case ends here as Delegated and the target agency gets a new case with the same
    /// judgment, parties and the obligations still owed, in status Accepted (ground 57) and pending its acceptance;
    /// it counts as newly accepted there (domain README §2.12). Refused when the target is not an agency that can
    /// receive a delegation, or is in the same province from 01/07/2025. Military-region agencies can receive.
    /// </summary>
    /// <param name="targetUnitCode">The receiving agency's code.</param>
    /// <param name="date">The date of the delegation decision.</param>
    /// <param name="decisionNumber">The delegation decision's number, when known.</param>
    /// <returns>The receiving agency's new case.</returns>
    /// <exception cref="CaseValidationException">Nothing was saved.</exception>
    public async Task<EnforcementCase> DelegateAsync(
        int caseId, string targetUnitCode, DateOnly date, string actor, string? decisionNumber = null, CancellationToken cancellationToken = default)
    {
        await using var db = await OpenAsync(actor, cancellationToken);
        var c = await LoadAsync(db, caseId, cancellationToken);
        var sender = await UnitLineage.LoadAsync(db, c.UnitId, cancellationToken);
        var targetUnit = string.IsNullOrWhiteSpace(targetUnitCode)
            ? null
            : await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Code == targetUnitCode.Trim(), cancellationToken);
        var target = targetUnit is null ? null : await UnitLineage.LoadAsync(db, targetUnit.Id, cancellationToken);
        var errors = new CaseErrors();
        var ground = DelegationValidator.Validate(c, sender, targetUnitCode, target, date, errors);
        errors.MaxLength(CaseFields.StatusDecisionNumber, decisionNumber, CaseModel.NumberMaxLength);
        var allowed = ground is null ? null : StatusChangeValidator.Check(c, EnforcementStatus.Delegated, ground, date, Today, CaseFields.DelegationDate, errors);
        var receivingNumber = $"UT/{sender.Unit.Code}/{c.CaseNumber}";
        if (targetUnit is not null && await NumberTakenAsync(db, targetUnit.Id, receivingNumber, cancellationToken))
        {
            errors.Add(CaseFields.TargetUnit, $"đơn vị nhận đã có hồ sơ số {receivingNumber}.");
        }

        errors.ThrowIfAny();

        var stamp = db.AuditStamp!;
        var receiving = ReceivingCase(c, sender.Unit, targetUnit!.Id, receivingNumber, date, stamp);
        var received = StatusChangeValidator.Check(receiving, EnforcementStatus.Accepted, LegalGroundCodes.DelegationReceived, date, Today, CaseFields.DelegationDate, errors);
        errors.ThrowIfAny();
        StatusRecorder.Apply(receiving, EnforcementStatus.Accepted, received!, date, null, stamp);
        StatusRecorder.Apply(c, EnforcementStatus.Delegated, allowed!, date, decisionNumber, stamp);
        c.DelegatedToUnitId = targetUnit.Id;
        c.DelegatedOn = date;
        Touch(c, stamp);
        db.Cases.Add(receiving);
        db.Delegations.Add(new Delegation
        {
            FromCaseId = c.Id,
            FromUnitId = c.UnitId,
            ToUnitId = targetUnit.Id,
            DelegatedOn = date,
            GroundCode = ground!,
            ReceivingCase = receiving,
            RecordedAt = stamp.At,
            RecordedBy = stamp.Actor,
        });
        await SaveAsync(db, c, cancellationToken);
        return receiving;
    }

    /// <summary>The receiving agency accepts a delegation (Art. 57); the case counts as accepted from today.</summary>
    /// <exception cref="CaseValidationException">Not a delegation waiting for acceptance; nothing was saved.</exception>
    public async Task<EnforcementCase> AcceptDelegationAsync(int receivingCaseId, string actor, CancellationToken cancellationToken = default)
    {
        await using var db = await OpenAsync(actor, cancellationToken);
        var c = await LoadAsync(db, receivingCaseId, cancellationToken);
        if (!c.IsPendingAcceptance)
        {
            CaseErrors.Throw(CaseFields.Case, $"hồ sơ {c.CaseNumber} không phải hồ sơ nhận ủy thác đang chờ tiếp nhận.");
        }

        var delegation = await db.Delegations.FirstAsync(d => d.ReceivingCaseId == c.Id, cancellationToken);
        var stamp = db.AuditStamp!;
        c.AcceptedOn = Today;
        delegation.AcceptedAt = stamp.At;
        delegation.AcceptedBy = stamp.Actor;
        Touch(c, stamp);
        await SaveAsync(db, c, cancellationToken);
        return c;
    }

    /// <summary>The receiving agency's case: the same judgment and parties, and what is still owed on each obligation.</summary>
    private static EnforcementCase ReceivingCase(EnforcementCase from, Unit fromUnit, int toUnitId, string number, DateOnly date, AuditStamp stamp)
    {
        var parties = from.Parties.ToDictionary(p => p.Id, p => new Party
        {
            Role = p.Role,
            Kind = p.Kind,
            FullName = p.FullName,
            IdNumber = p.IdNumber,
            Address = p.Address,
            DateOfBirth = p.DateOfBirth,
        });
        return new EnforcementCase
        {
            CaseNumber = number,
            UnitId = toUnitId,
            AcceptanceKind = AcceptanceKind.ReceivedByDelegation,
            IntakePath = from.IntakePath,
            JudgmentType = from.JudgmentType,
            CourtName = from.CourtName,
            JudgmentNumber = from.JudgmentNumber,
            JudgmentDate = from.JudgmentDate,
            JudgmentEffectiveDate = from.JudgmentEffectiveDate,
            JudgmentReceivedOn = from.JudgmentReceivedOn,
            RequestReceivedOn = from.RequestReceivedOn,
            RequesterName = from.RequesterName,
            DelegatedFromUnitId = fromUnit.Id,
            DelegatedFromCaseId = from.Id,
            Version = 1,
            CreatedAt = stamp.At,
            CreatedBy = stamp.Actor,
            UpdatedAt = stamp.At,
            UpdatedBy = stamp.Actor,
            Parties = parties.Values.ToList(),
            Obligations = from.Obligations.Where(o => o.Remaining > 0).Select(o => new Obligation
            {
                Kind = o.Kind,
                Description = o.Description,
                Amount = o.Remaining,
                Debtor = parties[o.DebtorPartyId],
                Creditor = o.CreditorPartyId is { } creditor ? parties[creditor] : null,
            }).ToList(),
        };
    }
}
