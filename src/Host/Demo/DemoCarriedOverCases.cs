using Thads.Enforcement.Cases;
using Thads.Enforcement.Demo;
using Thads.Enforcement.Legal;
using Thads.Enforcement.Legal.Status;

namespace Thads.Host.Demo;

/// <summary>
/// Cases carried over from the old system (AcceptanceKind.CarriedOver): imported a few days ago with their history —
/// a decision years back, the 44a decision, the six-monthly re-verifications — through the case service with their
/// original dates. The agency then starts the process that applies to them today: the quarterly exemption review for
/// those more than five years without conditions (Art. 61), the re-verification cycle for the others (Art. 44 cl. 4).
/// </summary>
public sealed class DemoCarriedOverCases(DemoWorld world)
{
    private const string OldDecisionSuffix = "QĐ-CCTHADS";
    private const string OldSignature = "Chi cục trưởng Chi cục Thi hành án dân sự quận Hải Châu";

    private CaseService Cases => world.Cases;

    public async Task ImportAsync(DemoCaseRun run, DateOnly today, CancellationToken cancellationToken)
    {
        var spec = run.Spec;
        var head = DemoOrganisation.Head;
        var decided = world.WorkingDayOnOrBefore(today.AddDays(-spec.Lag));
        var registered = await Cases.RegisterAsync(spec.IntakeOn(world.WorkingDaysBefore(decided, 3), AcceptanceKind.CarriedOver), DemoOrganisation.Intake, cancellationToken);
        run.Capture(registered);
        var id = run.CaseId;
        await Cases.IssueDecisionAsync(id, $"{100 + spec.Sequence}/{OldDecisionSuffix}", decided, OldSignature, head, cancellationToken);
        await Cases.AssignExecutorAsync(id, run.Executor, "Tiếp nhận hồ sơ chuyển từ hệ thống quản lý cũ.", head, cancellationToken);

        var notified = world.WorkingDaysAfter(decided, 2);
        await Cases.RecordNoticeAsync(id, new NoticeInput($"Quyết định thi hành án số {100 + spec.Sequence}/{OldDecisionSuffix}", run.Debtor.FullName, notified, NoticeMethod.Direct)
        {
            DocumentDate = decided,
            RecipientPartyId = run.Debtor.Id,
        }, run.Executor, cancellationToken);
        var voluntaryEnd = world.Rules.Due(LegalRuleNames.Voluntary, notified).DueDate;
        await Cases.SetVoluntaryPeriodEndAsync(id, voluntaryEnd, run.Executor, cancellationToken);
        await Cases.ChangeStatusAsync(id, EnforcementStatus.VoluntaryPeriod, LegalGroundCodes.Notified, notified, null, run.Executor, cancellationToken);
        var verifying = world.WorkingDayOnOrAfter(voluntaryEnd.AddDays(1));
        await Cases.ChangeStatusAsync(id, EnforcementStatus.Verifying, LegalGroundCodes.VoluntaryPeriodEnded, verifying, null, run.Executor, cancellationToken);
        var last = world.WorkingDaysAfter(verifying, 3);
        await VerifyAsync(run, last, cancellationToken);
        await Cases.ChangeStatusAsync(id, EnforcementStatus.NoConditions, LegalGroundCodes.NoIncomeOrAssets, world.WorkingDaysAfter(last, 3),
            $"{300 + spec.Sequence}/{OldDecisionSuffix}", head, cancellationToken);

        // Re-verified every six months (Art. 44 cl. 4); the latest within the three months Art. 62 asks of an exemption dossier.
        var verifications = 1;
        var recent = world.WorkingDayOnOrBefore(today.AddDays(-(30 + spec.Sequence % 20)));
        while (world.WorkingDayOnOrBefore(world.Rules.Due(LegalRuleNames.Reverification, last).DueDate.AddDays(-5)) is var next && next < recent.AddDays(-60))
        {
            await VerifyAsync(run, next, cancellationToken);
            if (verifications == 1 && spec.Obligations.Any(o => o.Amount >= 10_000_000))
            {
                await PayPartAsync(run, world.WorkingDaysAfter(next, 10), cancellationToken);
            }

            last = next;
            verifications++;
        }

        await VerifyAsync(run, recent, cancellationToken);
        verifications++;

        var variables = new Dictionary<string, object?>
        {
            ["caseId"] = id,
            ["caseNumber"] = run.Number,
            ["unitCode"] = run.UnitCode,
            ["executor"] = run.Executor,
        };
        if (spec.State == DemoCaseState.ExemptionEligible)
        {
            // The quarterly review (Art. 62) starts the exemption process for cases the 44a check found too early.
            await world.StartAsync("thads-exemption-review", run.Number, variables, "system", cancellationToken);
        }
        else
        {
            variables["verificationDate"] = DemoCaseDriver.Iso(recent);
            variables["reverificationKind"] = "Default";
            variables["previousFailedVerifications"] = verifications;
            await world.StartAsync("thads-reverification", run.Number, variables, "system", cancellationToken);
        }
    }

    private Task VerifyAsync(DemoCaseRun run, DateOnly on, CancellationToken cancellationToken) =>
        Cases.RecordVerificationAsync(run.CaseId, new VerificationInput(on, VerificationResult.NoConditions)
        {
            NoConditionsReason = NoConditionsReason.NoIncomeOrAssets,
            Notes = "Xác minh lại: người phải thi hành án vẫn không có tài sản, thu nhập.",
        }, run.Executor, cancellationToken);

    /// <summary>The debtor's family pays 2,000,000 VND of the fine once; it goes into the state budget the same day.</summary>
    private async Task PayPartAsync(DemoCaseRun run, DateOnly on, CancellationToken cancellationToken)
    {
        var fine = run.Obligations.First(o => o.Amount >= 10_000_000);
        await Cases.RecordMoneyAsync(run.CaseId, new MoneyInput(MoneyKind.Collected, 2_000_000, on)
        {
            ObligationId = fine.Id,
            ReceiptNumber = $"BL-CU-{run.Spec.Sequence:D3}",
        }, run.Executor, cancellationToken);
        await Cases.RecordMoneyAsync(run.CaseId, new MoneyInput(MoneyKind.PaidOut, 2_000_000, on) { ObligationId = fine.Id }, run.Executor, cancellationToken);
    }
}
