namespace Thads.Enforcement.Statistics.Import;

/// <summary>Why a line of an imported file was refused: its line number, the column, and the reason in Vietnamese.</summary>
public sealed record ImportProblem(int Line, string Field, string Message)
{
    public override string ToString() => Line > 0 ? $"Dòng {Line}, cột {Field}: {Message}" : $"Cột {Field}: {Message}";
}
