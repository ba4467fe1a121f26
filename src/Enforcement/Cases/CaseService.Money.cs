using Microsoft.EntityFrameworkCore;
using Thads.Enforcement.Cases.Validation;

namespace Thads.Enforcement.Cases;

public sealed partial class CaseService
{
    /// <summary>
    /// Records money collected (towards an obligation, against a receipt), paid out (to a creditor or into the state
    /// budget), returned to the debtor, or paid by the debtor directly to the creditor. The case's executor holds and
    /// gives out the money; nobody pays out more than they hold on the case.
    /// </summary>
    /// <exception cref="CaseValidationException">E.g. a zero or negative amount, or more paid out than collected; nothing was saved.</exception>
    public async Task<MoneyEntry> RecordMoneyAsync(int caseId, MoneyInput input, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        await using var db = await OpenAsync(actor, cancellationToken);
        var c = await LoadAsync(db, caseId, cancellationToken);
        var holder = c.ExecutorId is { } executorId ? await db.Staff.AsNoTracking().FirstAsync(s => s.Id == executorId, cancellationToken) : null;
        var errors = new CaseErrors();
        var towards = MoneyValidator.Validate(c, input, holder, Today, errors);
        errors.ThrowIfAny();

        var stamp = db.AuditStamp!;
        var entry = new MoneyEntry
        {
            Kind = input.Kind,
            Amount = input.Amount,
            On = input.On,
            ReceiptNumber = Clean(input.ReceiptNumber),
            HolderId = input.Kind == MoneyKind.PaidDirectly ? null : holder!.Id,
            ObligationId = input.ObligationId,
            PartyId = input.PartyId,
            RecordedAt = stamp.At,
            RecordedBy = stamp.Actor,
        };
        c.MoneyEntries.Add(entry);
        if (towards is not null)
        {
            towards.Paid += input.Amount;
        }

        Touch(c, stamp);
        await SaveAsync(db, c, cancellationToken);
        return entry;
    }

    /// <summary>What an executor holds over all cases: collected and received by handover, less paid out, returned and handed over.</summary>
    /// <exception cref="CaseValidationException">Unknown user.</exception>
    public async Task<long> HeldBalanceAsync(string executorUserName, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var executor = await FindStaffAsync(db, executorUserName, cancellationToken);
        if (executor is null)
        {
            CaseErrors.Throw(CaseFields.Executor, $"không có cán bộ có tên đăng nhập '{executorUserName}'.");
        }

        return await db.MoneyEntries
            .Where(m => m.HolderId == executor!.Id)
            .SumAsync(m => m.Kind == MoneyKind.Collected || m.Kind == MoneyKind.ReceivedByHandover ? m.Amount : -m.Amount, cancellationToken);
    }
}
