namespace Thads.Host.Dashboard;

/// <summary>Cases alerted on one rule (W1–W18) in the last days, with the alert's title as raised.</summary>
public sealed record AlertRuleCount(string Rule, string Title, DashboardCount Cases);
