namespace Thads.Workflows.Tests.Activities.Support;

/// <summary>A bare IServiceProvider, so the factory is tested without a DI container.</summary>
public sealed class TestServiceProvider : IServiceProvider
{
    private readonly Dictionary<Type, object> _services = [];

    public TestServiceProvider Add<TService>(TService service)
        where TService : notnull
    {
        _services[typeof(TService)] = service;
        return this;
    }

    public object? GetService(Type serviceType) => _services.GetValueOrDefault(serviceType);
}
