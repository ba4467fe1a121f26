namespace Thads.Enforcement.Alerts;

/// <summary>What raising an alert needs: the case, the rule, the unit whose leaders are told, and the text.</summary>
public sealed record AlertRequest(string CaseKey, string Rule, string UnitCode, string Title, string Body, string Link);
