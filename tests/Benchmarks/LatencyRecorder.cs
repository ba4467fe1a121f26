using System.Collections.Concurrent;

namespace Thads.Benchmarks;

/// <summary>Latencies per page kind, with the percentiles the targets are stated in.</summary>
public sealed class LatencyRecorder
{
    private readonly ConcurrentDictionary<string, ConcurrentBag<double>> _samples = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _errors = new(StringComparer.Ordinal);

    public void Record(string kind, double milliseconds) => _samples.GetOrAdd(kind, _ => []).Add(milliseconds);

    public void Fail(string kind) => _errors.AddOrUpdate(kind, 1, (_, n) => n + 1);

    public IReadOnlyList<LatencySummary> Summaries(TimeSpan duration) =>
        _samples.Keys.Union(_errors.Keys).Order(StringComparer.Ordinal).Select(kind =>
        {
            var sorted = (_samples.TryGetValue(kind, out var bag) ? bag.ToArray() : []).Order().ToArray();
            return new LatencySummary(
                kind,
                sorted.Length,
                _errors.GetValueOrDefault(kind),
                Math.Round(sorted.Length / duration.TotalSeconds, 1),
                Percentile(sorted, 0.50),
                Percentile(sorted, 0.95),
                Percentile(sorted, 0.99),
                sorted.Length == 0 ? 0 : Math.Round(sorted[^1], 1));
        }).ToList();

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : Math.Round(sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)], 1);
}
