using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Thads.Enforcement.Cases;
using Thads.Enforcement.Data;
using Thads.Enforcement.Demo;
using Thads.Enforcement.Legal.Status;
using Thads.Host.Startup;
using Thads.Host.Tests.Support;

namespace Thads.Host.Tests.Public;

public sealed class PublicRegisterTests
{
    private static DateOnly D(int month, int day) => new(2026, month, day);

    [Fact]
    public async Task The_public_register_lists_a_debtor_without_conditions_to_anyone_without_signing_in_and_publishes_nothing_more()
    {
        using var host = new ThadsHostFactory();
        var client = host.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Equal(StartupStatus.Ready, await host.WaitForStartupAsync());
        await DemoOrganisation.SeedAsync(host.Services.GetRequiredService<IDbContextFactory<ThadsDbContext>>());
        await NoConditionsCaseAsync(host.Services.GetRequiredService<CaseService>());

        var json = await client.GetAsync("/api/public/debtors-without-conditions");
        var csv = await client.GetAsync("/api/public/debtors-without-conditions.csv");
        var page = await client.GetAsync("/cong-khai");

        Assert.Equal(HttpStatusCode.OK, json.StatusCode);
        var body = await json.Content.ReadAsStringAsync();
        Assert.Contains("Trần Văn Nợ", body);
        Assert.Contains("44/QĐ-THADS", body);
        Assert.DoesNotContain("079", body);
        Assert.DoesNotContain("Nguyễn Thị Hoa", body);
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        var lines = (await csv.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Người phải thi hành án,Địa chỉ,Nghĩa vụ", lines[0]);
        Assert.Equal(2, lines.Length);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("Trần Văn Nợ", html);
        Assert.Contains("150.000.000 đ", html);
    }

    private static async Task NoConditionsCaseAsync(CaseService cases)
    {
        var intake = new CaseIntake(
            DemoOrganisation.Province, "44/2026/HS", IntakePath.OnRequest, JudgmentType.Civil, "Tòa án nhân dân khu vực 1 – Đà Nẵng", "12/2026/DS-ST", D(8, 1),
            [
                new PartyInput(PartyRole.Creditor, PartyKind.Person, "Nguyễn Thị Hoa") { IdNumber = "079111222333" },
                new PartyInput(PartyRole.Debtor, PartyKind.Person, "Trần Văn Nợ") { IdNumber = "079444555666", Address = "Thanh Khê, Đà Nẵng" },
            ],
            [new ObligationInput(ObligationKind.Private, "Trả nợ theo bản án", 150_000_000, DebtorIndex: 1) { CreditorIndex = 0 }])
        {
            JudgmentEffectiveDate = D(9, 1),
            RequestReceivedOn = D(9, 25),
            RequesterName = "Nguyễn Thị Hoa",
        };
        var c = await cases.RegisterAsync(intake, DemoOrganisation.Intake);
        await cases.IssueDecisionAsync(c.Id, "40/QĐ-THADS", D(10, 1), DemoOrganisation.Head, DemoOrganisation.Head);
        await cases.AssignExecutorAsync(c.Id, DemoOrganisation.ExecutorAn, null, DemoOrganisation.Head);
        var debtor = (await cases.GetAsync(c.Id))!.Parties.Single(p => p.Role == PartyRole.Debtor);
        await cases.RecordNoticeAsync(c.Id, new NoticeInput("Quyết định thi hành án", debtor.FullName, D(10, 2), NoticeMethod.Direct)
        {
            DocumentDate = D(10, 1),
            RecipientPartyId = debtor.Id,
        }, DemoOrganisation.ExecutorAn);
        await cases.ChangeStatusAsync(c.Id, EnforcementStatus.VoluntaryPeriod, LegalGroundCodes.Notified, D(10, 2), null, DemoOrganisation.ExecutorAn);
        await cases.SetVoluntaryPeriodEndAsync(c.Id, D(10, 12), DemoOrganisation.ExecutorAn);
        await cases.ChangeStatusAsync(c.Id, EnforcementStatus.Verifying, LegalGroundCodes.VoluntaryPeriodEnded, D(10, 13), null, DemoOrganisation.ExecutorAn);
        await cases.RecordVerificationAsync(c.Id, new VerificationInput(D(10, 14), VerificationResult.NoConditions) { NoConditionsReason = NoConditionsReason.NoIncomeOrAssets }, DemoOrganisation.ExecutorAn);
        await cases.ChangeStatusAsync(c.Id, EnforcementStatus.NoConditions, LegalGroundCodes.NoIncomeOrAssets, D(10, 20), "44/QĐ-THADS", DemoOrganisation.Head);
    }
}
