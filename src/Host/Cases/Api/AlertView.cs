namespace Thads.Host.Cases.Api;

public sealed record AlertView(string Rule, DateOnly Day, string Title, string Body, DateTimeOffset RaisedAt);
