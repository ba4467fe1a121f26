namespace Thads.Host.Tests.Demo;

/// <summary>The demo and dashboard tests share one seeded application (<see cref="DemoHost"/>).</summary>
[CollectionDefinition(Name)]
public sealed class DemoHostCollection : ICollectionFixture<DemoHost>
{
    public const string Name = "Demo host";
}
