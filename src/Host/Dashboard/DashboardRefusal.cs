namespace Thads.Host.Dashboard;

/// <summary>Why a list request is refused: 400 for a bad parameter, 403 for an executor outside the leader's units; the field is named.</summary>
public sealed record DashboardRefusal(int Status, string Field, string Message);
