using Thads.Enforcement.Cases;
using Thads.Enforcement.Legal.Status;
using static Thads.Enforcement.Tests.Support.Dates;

namespace Thads.Enforcement.Tests.Cases;

/// <summary>The usual steps of the main process, for tests that need a case in a given state.</summary>
internal static class CaseSteps
{
    /// <summary>Registered on request at Đà Nẵng, decided on 06/11/2025, executor chv.an (regional office 1).</summary>
    public static async Task<EnforcementCase> DecidedAndAssignedAsync(this CaseWorld world, string caseNumber = "15/2025/HS-THADS", string executor = "chv.an")
    {
        var c = await world.Service.RegisterAsync(Intakes.OnRequest(caseNumber), CaseWorld.Clerk);
        await world.Service.IssueDecisionAsync(c.Id, $"QĐ-{caseNumber}", D("2025-11-06"), "Phạm Thị Phó - Phó Trưởng THADS thành phố", "pho.dn");
        await world.Service.AssignExecutorAsync(c.Id, executor, null, "truong.dn");
        return await world.ReloadAsync(c.Id);
    }

    /// <summary>Notified, voluntary period over, verified with conditions and executing since 25/11/2025.</summary>
    public static async Task<EnforcementCase> ExecutingAsync(this CaseWorld world, string caseNumber = "15/2025/HS-THADS", string executor = "chv.an")
    {
        var c = await world.DecidedAndAssignedAsync(caseNumber, executor);
        var debtor = c.Parties.Single(p => p.Role == PartyRole.Debtor);
        await world.Service.RecordNoticeAsync(c.Id, new NoticeInput("Quyết định thi hành án", debtor.FullName, D("2025-11-07"), NoticeMethod.Direct)
        {
            DocumentDate = D("2025-11-06"),
            RecipientPartyId = debtor.Id,
        }, executor);
        await world.Service.ChangeStatusAsync(c.Id, EnforcementStatus.VoluntaryPeriod, LegalGroundCodes.Notified, D("2025-11-07"), null, executor);
        await world.Service.SetVoluntaryPeriodEndAsync(c.Id, D("2025-11-17"), executor);
        await world.Service.ChangeStatusAsync(c.Id, EnforcementStatus.Verifying, LegalGroundCodes.VoluntaryPeriodEnded, D("2025-11-18"), null, executor);
        await world.Service.RecordVerificationAsync(c.Id, new VerificationInput(D("2025-11-20"), VerificationResult.HasConditions), executor);
        await world.Service.ChangeStatusAsync(c.Id, EnforcementStatus.Executing, LegalGroundCodes.HasConditions, D("2025-11-25"), null, executor);
        return await world.ReloadAsync(c.Id);
    }

    public static Obligation PrivateDebt(this EnforcementCase c) => c.Obligations.Single(o => o.Kind == ObligationKind.Private);

    public static Obligation CourtFee(this EnforcementCase c) => c.Obligations.Single(o => o.Kind == ObligationKind.CourtFee);

    public static Party Creditor(this EnforcementCase c) => c.Parties.Single(p => p.Role == PartyRole.Creditor);

    public static Party Debtor(this EnforcementCase c) => c.Parties.Single(p => p.Role == PartyRole.Debtor);
}
