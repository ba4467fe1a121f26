namespace Thads.Enforcement.Cases;

/// <summary>The executor with the lightest current workload in a unit.</summary>
public sealed record ExecutorSuggestion(string UserName, string FullName, int OpenCases);
