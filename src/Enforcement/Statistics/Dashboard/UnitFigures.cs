namespace Thads.Enforcement.Statistics.Dashboard;

/// <summary>One row of the dashboard: with and without conditions, completed, and the completion rate (cases).</summary>
public sealed record UnitFigures(string Key, string Label, long WithConditions, long NoConditions, long Done, decimal? Rate);
