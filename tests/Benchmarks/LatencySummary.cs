namespace Thads.Benchmarks;

public sealed record LatencySummary(
    string Page, int Requests, int Errors, double RequestsPerSecond, double MedianMs, double P95Ms, double P99Ms, double MaxMs);
