namespace Thads.Host.Tests.Cases;

/// <summary>A correct intake as the page posts it: a creditor's request against one debtor, a court fee and a private debt.</summary>
public static class IntakeForm
{
    public static Dictionary<string, string> Valid(string number) => new()
    {
        ["UnitCode"] = "DN",
        ["CaseNumber"] = number,
        ["IntakePath"] = "OnRequest",
        ["JudgmentType"] = "Civil",
        ["CourtName"] = "Tòa án nhân dân khu vực 1 – Đà Nẵng",
        ["JudgmentNumber"] = "25/2026/DS-ST",
        ["JudgmentDate"] = "2026-01-15",
        ["JudgmentEffectiveDate"] = "2026-02-16",
        ["ReceivedOn"] = "2026-02-27",
        ["RequesterName"] = "Nguyễn Thị Hoa",
        ["Parties[0].Role"] = "Creditor",
        ["Parties[0].Kind"] = "Person",
        ["Parties[0].FullName"] = "Nguyễn Thị Hoa",
        ["Parties[0].IdNumber"] = "001190012345",
        ["Parties[0].Address"] = "Hải Châu, Đà Nẵng",
        ["Parties[0].DateOfBirth"] = "",
        ["Parties[1].Role"] = "Debtor",
        ["Parties[1].Kind"] = "Person",
        ["Parties[1].FullName"] = "Trần Văn Nợ",
        ["Parties[1].IdNumber"] = "001085067890",
        ["Parties[1].Address"] = "Thanh Khê, Đà Nẵng",
        ["Parties[1].DateOfBirth"] = "1985-04-02",
        // A blank row the page offers: ignored.
        ["Parties[2].Role"] = "Debtor",
        ["Parties[2].Kind"] = "Person",
        ["Parties[2].FullName"] = "",
        ["Parties[2].IdNumber"] = "",
        ["Parties[2].Address"] = "",
        ["Parties[2].DateOfBirth"] = "",
        ["Obligations[0].Kind"] = "CourtFee",
        ["Obligations[0].Description"] = "Án phí dân sự sơ thẩm",
        ["Obligations[0].Amount"] = "1.500.000",
        ["Obligations[0].DebtorIndex"] = "1",
        ["Obligations[0].CreditorIndex"] = "",
        ["Obligations[1].Kind"] = "Private",
        ["Obligations[1].Description"] = "Trả nợ tiền vay",
        ["Obligations[1].Amount"] = "50 000 000",
        ["Obligations[1].DebtorIndex"] = "1",
        ["Obligations[1].CreditorIndex"] = "0",
    };
}
