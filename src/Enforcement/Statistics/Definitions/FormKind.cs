namespace Thads.Enforcement.Statistics.Definitions;

/// <summary>The two core tables (domain README §6.3): results counted in cases and in money.</summary>
public enum FormKind
{
    /// <summary>Biểu 06/TK-THA: kết quả thi hành án dân sự tính bằng việc.</summary>
    Cases,

    /// <summary>Biểu 07/TK-THA: kết quả thi hành án dân sự tính bằng tiền (1,000 VND).</summary>
    Money,
}
