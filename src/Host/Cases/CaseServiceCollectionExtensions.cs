using Microsoft.Extensions.DependencyInjection.Extensions;
using Thads.Enforcement.Calendar;
using Thads.Enforcement.Cases;
using Thads.Enforcement.Legal;

namespace Thads.Host.Cases;

public static class CaseServiceCollectionExtensions
{
    /// <summary>
    /// The enforcement domain services the workflow activities and the web pages use: cases and the legal
    /// rules (deadlines on the stored working-day calendar). Call after <c>AddThadsCalendar</c>.
    /// </summary>
    public static IServiceCollection AddThadsCases(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<CaseService>();
        services.TryAddSingleton(sp => new LegalRules(sp.GetRequiredService<DeadlineCalculator>()));
        return services;
    }
}
