using Thads.Enforcement.Alerts;
using Thads.Enforcement.Cases;

namespace Thads.Host.Demo;

/// <summary>
/// What the THADS activities get while the demo history is written: the application's services, except that time,
/// the case service and the alerts run on the <see cref="DemoClock"/> (the same classes, built with that clock).
/// </summary>
internal sealed class DemoActivityServices(IServiceProvider application, DemoClock clock, CaseService cases, AlertService alerts) : IServiceProvider
{
    public object? GetService(Type serviceType) =>
        serviceType == typeof(TimeProvider) ? clock
        : serviceType == typeof(CaseService) ? cases
        : serviceType == typeof(AlertService) ? alerts
        : serviceType == typeof(IServiceProvider) ? this
        : application.GetService(serviceType);
}
