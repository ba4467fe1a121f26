namespace Thads.Host.Admin.Api;

public sealed record TestMailRequest(string? To);
