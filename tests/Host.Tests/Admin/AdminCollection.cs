namespace Thads.Host.Tests.Admin;

/// <summary>The administration tests share one <see cref="AdminHost"/> and run one after another: mail settings are global.</summary>
[CollectionDefinition(Name)]
public sealed class AdminCollection : ICollectionFixture<AdminHost>
{
    public const string Name = "Administration";
}
