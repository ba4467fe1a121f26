namespace Thads.Enforcement.Statistics.Import;

/// <summary>
/// The outcome of an import: how many lines went in and were refused, and the first problems (all of them are
/// counted in <see cref="Rejected"/>, at most <see cref="MaxProblems"/> are listed).
/// </summary>
public sealed record ImportResult(long? ImportId, int Imported, int Rejected, int Adjusted, IReadOnlyList<ImportProblem> Problems, bool Committed)
{
    public const int MaxProblems = 1000;
}
