using Thads.Enforcement.Cases;
using static Thads.Enforcement.Tests.Support.Dates;

namespace Thads.Enforcement.Tests.Cases;

/// <summary>Typical intakes: a creditor's request with a private debt and the court fee, and an ex-officio fine.</summary>
internal static class Intakes
{
    public const long Debt = 50_000_000;
    public const long CourtFee = 2_500_000;

    public static readonly PartyInput Creditor = new(PartyRole.Creditor, PartyKind.Person, "Nguyễn Văn Khánh")
    {
        IdNumber = "048090001234",
        Address = "12 Lê Duẩn, phường Hải Châu, Đà Nẵng",
        DateOfBirth = D("1980-04-12"),
    };

    public static readonly PartyInput Debtor = new(PartyRole.Debtor, PartyKind.Person, "Trần Thị Nợ")
    {
        IdNumber = "048185005678",
        Address = "34 Trần Phú, phường Hải Châu, Đà Nẵng",
        DateOfBirth = D("1985-09-30"),
    };

    /// <summary>On request at the province: the debt to the creditor (obligation 0) and the debtor's court fee (obligation 1).</summary>
    public static CaseIntake OnRequest(string caseNumber = "15/2025/HS-THADS", string unitCode = "DN") => new(
        unitCode,
        caseNumber,
        IntakePath.OnRequest,
        JudgmentType.Civil,
        "Tòa án nhân dân khu vực 1 - Đà Nẵng",
        "120/2025/DS-ST",
        D("2025-09-15"),
        [Creditor, Debtor],
        [
            new ObligationInput(ObligationKind.Private, "Trả nợ tiền vay", Debt, DebtorIndex: 1) { CreditorIndex = 0 },
            new ObligationInput(ObligationKind.CourtFee, "Án phí dân sự sơ thẩm", CourtFee, DebtorIndex: 1),
        ])
    {
        JudgmentEffectiveDate = D("2025-10-16"),
        RequestReceivedOn = D("2025-11-03"),
        RequesterName = Creditor.FullName,
    };

    /// <summary>Ex officio: a criminal fine payable to the state budget, no creditor.</summary>
    public static CaseIntake ExOfficioFine(string caseNumber = "16/2025/HS-THADS", string unitCode = "DN") => new(
        unitCode,
        caseNumber,
        IntakePath.ExOfficio,
        JudgmentType.Criminal,
        "Tòa án nhân dân thành phố Đà Nẵng",
        "45/2025/HS-ST",
        D("2025-08-20"),
        [Debtor],
        [new ObligationInput(ObligationKind.Fine, "Phạt tiền bổ sung", 1_500_000, DebtorIndex: 0)])
    {
        JudgmentEffectiveDate = D("2025-09-20"),
        JudgmentReceivedOn = D("2025-10-01"),
    };
}
