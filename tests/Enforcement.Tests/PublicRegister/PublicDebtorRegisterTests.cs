using Thads.Enforcement.Cases;
using Thads.Enforcement.Legal.Status;
using Thads.Enforcement.PublicRegister;
using Thads.Enforcement.Tests.Cases;
using static Thads.Enforcement.Tests.Support.Dates;

namespace Thads.Enforcement.Tests.PublicRegister;

public sealed class PublicDebtorRegisterTests : IAsyncLifetime
{
    private CaseWorld _world = null!;

    public async Task InitializeAsync() => _world = await CaseWorld.CreateAsync();

    public async Task DisposeAsync() => await _world.DisposeAsync();

    private CaseService Cases => _world.Service;

    [Fact]
    public async Task A_debtor_appears_with_the_44a_decision_with_only_the_published_fields_and_leaves_when_conditions_are_found()
    {
        var register = new PublicDebtorRegister(_world.Database.Factory);
        var c = await _world.DecidedAndAssignedAsync();
        var debtor = c.Debtor();
        await Cases.RecordNoticeAsync(c.Id, new NoticeInput("Quyết định thi hành án", debtor.FullName, D("2025-11-07"), NoticeMethod.Direct)
        {
            DocumentDate = D("2025-11-06"),
            RecipientPartyId = debtor.Id,
        }, "chv.an");
        await Cases.ChangeStatusAsync(c.Id, EnforcementStatus.VoluntaryPeriod, LegalGroundCodes.Notified, D("2025-11-07"), null, "chv.an");
        await Cases.SetVoluntaryPeriodEndAsync(c.Id, D("2025-11-17"), "chv.an");
        await Cases.ChangeStatusAsync(c.Id, EnforcementStatus.Verifying, LegalGroundCodes.VoluntaryPeriodEnded, D("2025-11-18"), null, "chv.an");
        await Cases.RecordVerificationAsync(c.Id, new VerificationInput(D("2025-11-20"), VerificationResult.NoConditions)
        {
            NoConditionsReason = NoConditionsReason.NoIncomeOrAssets,
        }, "chv.an");
        Assert.Empty(await register.ListAsync());

        await Cases.ChangeStatusAsync(c.Id, EnforcementStatus.NoConditions, LegalGroundCodes.NoIncomeOrAssets, D("2025-11-25"), "20/QĐ-CTHADS", "pho.dn");
        var listed = await register.ListAsync();

        Assert.NotEmpty(listed);
        Assert.All(listed, e =>
        {
            Assert.Equal(debtor.FullName, e.DebtorName);
            Assert.Equal(debtor.Address, e.Address);
            Assert.Equal("20/QĐ-CTHADS", e.DecisionNumber);
            Assert.Equal(D("2025-11-25"), e.DecisionDate);
            Assert.True(e.RemainingAmount > 0);
        });
        Assert.Equal(c.Obligations.Count, listed.Count);
        // Published fields only: the record type has no place for an ID number, a creditor or assets.
        Assert.DoesNotContain(typeof(PublicDebtorEntry).GetProperties(), p => p.Name.Contains("Id", StringComparison.Ordinal) || p.Name.Contains("Creditor", StringComparison.Ordinal));
        Assert.Single(await register.ListAsync(search: debtor.FullName[..4]), e => e.Obligation == c.Obligations[0].Description);
        Assert.Empty(await register.ListAsync(search: "không có ai tên này"));

        await Cases.RecordVerificationAsync(c.Id, new VerificationInput(D("2026-01-20"), VerificationResult.HasConditions), "chv.an");
        await Cases.ChangeStatusAsync(c.Id, EnforcementStatus.Executing, LegalGroundCodes.ConditionsFound, D("2026-01-21"), "21/QĐ-CTHADS", "pho.dn");

        Assert.Empty(await register.ListAsync());
    }
}
