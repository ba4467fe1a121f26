using Thads.Enforcement.Cases;
using Thads.Enforcement.Legal.Exemption;
using Thads.Enforcement.Legal.Status;
using static Thads.Enforcement.Tests.Support.Dates;

namespace Thads.Enforcement.Tests.Cases;

public sealed class ExemptionTests : IAsyncLifetime
{
    private CaseWorld _world = null!;

    public async Task InitializeAsync() => _world = await CaseWorld.CreateAsync();

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task The_state_budget_obligations_of_a_case_are_assessed_with_its_decision_date_and_latest_verification()
    {
        var c = await _world.DecidedAndAssignedAsync();
        await _world.Service.RecordNoticeAsync(c.Id, new NoticeInput("QĐ THA", c.Debtor().FullName, D("2025-11-07"), NoticeMethod.Direct) { RecipientPartyId = c.Debtor().Id }, "chv.an");
        await _world.Service.ChangeStatusAsync(c.Id, EnforcementStatus.VoluntaryPeriod, LegalGroundCodes.Notified, D("2025-11-07"), null, "chv.an");
        await _world.Service.SetVoluntaryPeriodEndAsync(c.Id, D("2025-11-17"), "chv.an");
        await _world.Service.ChangeStatusAsync(c.Id, EnforcementStatus.Verifying, LegalGroundCodes.VoluntaryPeriodEnded, D("2025-11-18"), null, "chv.an");
        await _world.Service.RecordVerificationAsync(c.Id, new VerificationInput(D("2025-11-20"), VerificationResult.NoConditions)
        {
            NoConditionsReason = NoConditionsReason.ImprisonedNoIncomeOrAssets,
        }, "chv.an");

        var assessments = await _world.Service.ExemptionAsync(c.Id, D("2031-01-10"));

        var courtFee = Assert.Single(assessments);
        Assert.Equal(c.CourtFee().Id, courtFee.ObligationId);
        Assert.Equal(ExemptionOutcome.NotYet, courtFee.Assessment.Outcome);
        Assert.Equal(D("2035-11-07"), courtFee.Assessment.EligibleFrom);
    }
}
