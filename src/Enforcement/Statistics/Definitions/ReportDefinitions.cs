using Thads.Enforcement.Legal;
using Thads.Enforcement.Statistics.Facts;

namespace Thads.Enforcement.Statistics.Definitions;

/// <summary>
/// The forms of each statistics regime (domain README §6.1), chosen by the last day of the period reported. The
/// column layout is the project's working layout (§6.3a, [unconfirmed]); the meanings and identities are [C]. When
/// the annexes are found, change the columns here, in a new version with its own effective date.
/// </summary>
public static class ReportDefinitions
{
    /// <summary>§6.3a: postponement by agreement (48.1.c) is with conditions [C]; other postponements and suspensions by default.</summary>
    private static readonly IReadOnlyDictionary<StatState, Leaf> DefaultOpenStates = new Dictionary<StatState, Leaf>
    {
        [StatState.InProgress] = Leaf.InProgress,
        [StatState.Postponed] = Leaf.Postponed,
        [StatState.Suspended] = Leaf.Suspended,
        [StatState.Other] = Leaf.Other,
        [StatState.NoConditions] = Leaf.NoConditions,
    };

    private static readonly (string Id, string Title, DateOnly From, ConfirmationStatus DateStatus)[] Regimes =
    [
        // §6.1: TT 01/2013 as amended by TT 08/2015 (VBHN 2319/VBHN-BTP) for 2013–2019; the day it began is not in the reference.
        ("TT01-2013", "Thông tư 01/2013/TT-BTP (sửa đổi bởi Thông tư 08/2015/TT-BTP)", new DateOnly(2013, 1, 1), ConfirmationStatus.Unconfirmed),
        // §6.1: "2020 – 25/07/2024"; the exact first day (and TT 06/2019's own date) is [unconfirmed] (§10 item 10).
        ("TT06-2019", "Thông tư 06/2019/TT-BTP", new DateOnly(2020, 1, 1), ConfirmationStatus.Unconfirmed),
        // §6.1: from 26/07/2024 [C].
        ("TT05-2024", "Thông tư 05/2024/TT-BTP", new DateOnly(2024, 7, 26), ConfirmationStatus.Confirmed),
    ];

    private static readonly EffectiveVersions<ReportDefinition> CasesForms = new(Regimes.Select(r => CasesForm(r.Id, r.Title, r.From)));

    private static readonly EffectiveVersions<ReportDefinition> MoneyForms = new(Regimes.Select(r => MoneyForm(r.Id, r.Title, r.From)));

    public static IEnumerable<ReportDefinition> All => CasesForms.All.Concat(MoneyForms.All);

    /// <summary>The form in force on the last day of the period.</summary>
    /// <exception cref="LegalDateOutOfRangeException">Before the first regime encoded.</exception>
    public static ReportDefinition For(FormKind form, DateOnly periodEnd) =>
        (form == FormKind.Cases ? CasesForms : MoneyForms).InForceOn(periodEnd);

    public static ReportDefinition ById(string id) =>
        All.FirstOrDefault(d => d.Id == id) ?? throw new KeyNotFoundException($"No report definition '{id}'.");

    private static ReportDefinition CasesForm(string regime, string title, DateOnly from) => new()
    {
        Id = regime + "/06",
        Form = FormKind.Cases,
        FormNumber = "Biểu số 06/TK-THA",
        FormTitle = "KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC",
        Title = title,
        EffectiveFrom = from,
        LayoutStatus = ConfirmationStatus.Unconfirmed,
        UnitOfMeasure = "việc",
        OpenStates = DefaultOpenStates,
        Columns =
        [
            new("1", "Tổng số thụ lý", Measure.Total, "1 = 2 + 3"),
            new("2", "Năm trước chuyển sang", Measure.CarriedOver),
            new("3", "Thụ lý mới", Measure.New),
            new("4", "Ủy thác", Measure.Removed),
            new("5", "Tổng số phải thi hành", Measure.ToExecute, "5 = 1 − 4 = 6 + 13"),
            new("6", "Có điều kiện thi hành", Measure.WithConditions, "6 = 7 + … + 12"),
            new("7", "Thi hành xong", Measure.Completed),
            new("8", "Đình chỉ thi hành án", Measure.Terminated),
            new("9", "Đang thi hành", Measure.InProgress),
            new("10", "Hoãn thi hành án", Measure.Postponed),
            new("11", "Tạm đình chỉ thi hành án", Measure.Suspended),
            new("12", "Trường hợp khác", Measure.Other),
            new("13", "Chưa có điều kiện thi hành", Measure.NoConditions),
            new("14", "Tỷ lệ (%)", Measure.Rate, "14 = (7 + 8) / 6 × 100"),
            new("15", "Chuyển kỳ sau", Measure.Next, "15 = 5 − 7 − 8"),
        ],
    };

    /// <summary>Same layout in 1,000 VND, plus the reduction column expected in the with-conditions block (§6.3a, [unconfirmed]).</summary>
    private static ReportDefinition MoneyForm(string regime, string title, DateOnly from) => new()
    {
        Id = regime + "/07",
        Form = FormKind.Money,
        FormNumber = "Biểu số 07/TK-THA",
        FormTitle = "KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG TIỀN",
        Title = title,
        EffectiveFrom = from,
        LayoutStatus = ConfirmationStatus.Unconfirmed,
        UnitOfMeasure = "nghìn đồng",
        OpenStates = DefaultOpenStates,
        Columns =
        [
            new("1", "Tổng số thụ lý", Measure.Total, "1 = 2 + 3"),
            new("2", "Năm trước chuyển sang", Measure.CarriedOver),
            new("3", "Thụ lý mới", Measure.New),
            new("4", "Ủy thác", Measure.Removed),
            new("5", "Tổng số phải thi hành", Measure.ToExecute, "5 = 1 − 4 = 6 + 14"),
            new("6", "Có điều kiện thi hành", Measure.WithConditions, "6 = 7 + … + 13"),
            new("7", "Thi hành xong", Measure.Completed),
            new("8", "Đình chỉ thi hành án", Measure.Terminated),
            new("9", "Giảm thi hành án", Measure.Reduced),
            new("10", "Đang thi hành", Measure.InProgress),
            new("11", "Hoãn thi hành án", Measure.Postponed),
            new("12", "Tạm đình chỉ thi hành án", Measure.Suspended),
            new("13", "Trường hợp khác", Measure.Other),
            new("14", "Chưa có điều kiện thi hành", Measure.NoConditions),
            new("15", "Tỷ lệ (%)", Measure.Rate, "15 = (7 + 8 + 9) / 6 × 100"),
            new("16", "Chuyển kỳ sau", Measure.Next, "16 = 5 − 7 − 8 − 9"),
        ],
    };
}
