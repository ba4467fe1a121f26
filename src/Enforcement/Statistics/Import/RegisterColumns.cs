namespace Thads.Enforcement.Statistics.Import;

/// <summary>The header names of a register file (docs/import-format.md).</summary>
public static class RegisterColumns
{
    public const string Unit = "ma_don_vi";
    public const string CaseNumber = "so_ho_so";
    public const string Acceptance = "thu_ly";
    public const string AcceptedOn = "ngay_thu_ly";
    public const string DecisionDate = "ngay_qd";
    public const string IntakePath = "hinh_thuc";
    public const string JudgmentType = "loai_an";
    public const string ObligationKind = "loai_nghia_vu";
    public const string Amount = "so_tien";
    public const string Executor = "chv";
    public const string History = "dien_bien";
    public const string DelegatedOn = "ngay_uy_thac";
    public const string Conditions = "dieu_kien";
    public const string Collected = "thu_tien";
    public const string Reduced = "mien_giam";

    public static readonly string[] Required = [Unit, CaseNumber, Acceptance, AcceptedOn, Amount];

    public static readonly string[] All =
    [
        Unit, CaseNumber, Acceptance, AcceptedOn, DecisionDate, IntakePath, JudgmentType, ObligationKind, Amount,
        Executor, History, DelegatedOn, Conditions, Collected, Reduced,
    ];
}
