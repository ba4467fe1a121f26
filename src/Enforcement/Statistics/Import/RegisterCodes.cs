using Thads.Enforcement.Cases;
using Thads.Enforcement.Statistics.Facts;

namespace Thads.Enforcement.Statistics.Import;

/// <summary>The codes a register file uses (docs/import-format.md), ASCII so any spreadsheet keeps them intact.</summary>
public static class RegisterCodes
{
    public static readonly IReadOnlyDictionary<string, AcceptanceKind> Acceptance = new Dictionary<string, AcceptanceKind>(StringComparer.OrdinalIgnoreCase)
    {
        ["CU"] = AcceptanceKind.CarriedOver,
        ["MOI"] = AcceptanceKind.New,
        ["UY_THAC_DEN"] = AcceptanceKind.ReceivedByDelegation,
    };

    public static readonly IReadOnlyDictionary<string, IntakePath> Paths = new Dictionary<string, IntakePath>(StringComparer.OrdinalIgnoreCase)
    {
        ["CHU_DONG"] = IntakePath.ExOfficio,
        ["THEO_DON"] = IntakePath.OnRequest,
    };

    public static readonly IReadOnlyDictionary<string, JudgmentType> Judgments = new Dictionary<string, JudgmentType>(StringComparer.OrdinalIgnoreCase)
    {
        ["DS"] = JudgmentType.Civil,
        ["HS"] = JudgmentType.Criminal,
        ["HC"] = JudgmentType.Administrative,
        ["HNGD"] = JudgmentType.MarriageAndFamily,
        ["KDTM"] = JudgmentType.BusinessCommercial,
        ["LD"] = JudgmentType.Labour,
        ["PS"] = JudgmentType.Bankruptcy,
        ["TT"] = JudgmentType.Arbitration,
        ["KHAC"] = JudgmentType.Other,
    };

    public static readonly IReadOnlyDictionary<string, ObligationKind> Obligations = new Dictionary<string, ObligationKind>(StringComparer.OrdinalIgnoreCase)
    {
        ["AN_PHI"] = ObligationKind.CourtFee,
        ["PHAT"] = ObligationKind.Fine,
        ["TICH_THU"] = ObligationKind.Confiscation,
        ["THU_KHAC"] = ObligationKind.OtherStateRevenue,
        ["TU"] = ObligationKind.Private,
    };

    /// <summary>Status codes of <c>dien_bien</c>.</summary>
    public static readonly IReadOnlyDictionary<string, StatState> States = new Dictionary<string, StatState>(StringComparer.OrdinalIgnoreCase)
    {
        ["DANG_THI_HANH"] = StatState.InProgress,
        ["TIEP_TUC"] = StatState.InProgress,
        ["HOAN"] = StatState.Postponed,
        ["TAM_DINH_CHI"] = StatState.Suspended,
        ["KHAC"] = StatState.Other,
        ["CHUA_CO_DK"] = StatState.NoConditions,
        ["XONG"] = StatState.Completed,
        ["DINH_CHI"] = StatState.Terminated,
        ["RUT_LEN"] = StatState.Removed,
        ["THU_HOI"] = StatState.Removed,
    };

    /// <summary>Results of <c>dieu_kien</c>: CO (has conditions) resumes enforcement, KHONG is the Art. 44a decision.</summary>
    public static readonly IReadOnlyDictionary<string, StatState> Conditions = new Dictionary<string, StatState>(StringComparer.OrdinalIgnoreCase)
    {
        ["CO"] = StatState.InProgress,
        ["KHONG"] = StatState.NoConditions,
    };

    /// <summary>The code a state is written back with (the demo generator).</summary>
    public static string Code(StatState state) => state switch
    {
        StatState.InProgress => "TIEP_TUC",
        StatState.Postponed => "HOAN",
        StatState.Suspended => "TAM_DINH_CHI",
        StatState.Other => "KHAC",
        StatState.NoConditions => "CHUA_CO_DK",
        StatState.Completed => "XONG",
        StatState.Terminated => "DINH_CHI",
        StatState.Removed => "RUT_LEN",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, "Ủy thác đi ghi ở cột ngay_uy_thac."),
    };
}
