using System.Text.Json.Nodes;

namespace Thads.Host.Tests.Cases;

/// <summary>Bodies of <c>POST /api/cases</c>.</summary>
public static class IntakeJsonBodies
{
    public static JsonObject Valid(string number) => new()
    {
        ["unitCode"] = "DN",
        ["caseNumber"] = number,
        ["intakePath"] = "ExOfficio",
        ["judgmentType"] = "Criminal",
        ["courtName"] = "Tòa án nhân dân thành phố Đà Nẵng",
        ["judgmentNumber"] = "12/2026/HS-ST",
        ["judgmentDate"] = "2026-01-20",
        ["judgmentEffectiveDate"] = "2026-02-20",
        ["judgmentReceivedOn"] = "2026-03-01",
        ["parties"] = new JsonArray
        {
            new JsonObject { ["role"] = "Debtor", ["kind"] = "Person", ["fullName"] = "Lê Văn Phạt", ["idNumber"] = "048090001234", ["address"] = "Sơn Trà, Đà Nẵng" },
        },
        ["obligations"] = new JsonArray
        {
            new JsonObject { ["kind"] = "CourtFee", ["description"] = "Án phí hình sự sơ thẩm", ["amount"] = 200_000, ["debtorIndex"] = 0 },
            new JsonObject { ["kind"] = "Fine", ["description"] = "Tiền phạt", ["amount"] = 10_000_000, ["debtorIndex"] = 0 },
        },
    };
}
