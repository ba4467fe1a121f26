using Thads.Host.Startup;

namespace Thads.Host.Demo;

public static class DemoServiceCollectionExtensions
{
    /// <summary>
    /// The first-run demo cases. Register after the workflow engine (its tables and the standard processes must be
    /// there) and before the scheduling (no alarm may fire while the demo history is written) and the accounts.
    /// </summary>
    public static IServiceCollection AddThadsDemoCases(this IServiceCollection services)
    {
        services.AddOptions<DemoCasesOptions>().BindConfiguration(DemoCasesOptions.SectionName);
        services.AddStartupTask<DemoCasesStartupTask>();
        return services;
    }
}
