using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Thads.Enforcement.Calendar;
using Thads.Enforcement.Cases;
using Thads.Enforcement.Legal;
using Thads.Host.Attachments;
using Thads.Host.Cases.Diagram;
using Thads.Host.Cases.Intake;

namespace Thads.Host.Cases;

public static class CaseServiceCollectionExtensions
{
    /// <summary>
    /// The enforcement domain services the workflow activities and the web pages use: cases and the legal
    /// rules (deadlines on the stored working-day calendar); and the case pages' own services: list, case file,
    /// timeline, process picture, intake and attachments. Call after <c>AddThadsCalendar</c>.
    /// </summary>
    public static IServiceCollection AddThadsCases(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<CaseService>();
        services.TryAddSingleton(sp => new LegalRules(sp.GetRequiredService<DeadlineCalculator>()));

        services.AddOptions<CaseOptions>().BindConfiguration(CaseOptions.SectionName);
        services.AddAuthorization(CasePolicies.Add);
        services.TryAddSingleton<DiagramCache>();
        services.TryAddSingleton<CaseListQuery>();
        services.TryAddSingleton<CaseWorkflowReader>();
        services.TryAddSingleton<CaseDossierReader>();
        services.TryAddSingleton<CaseOpener>();
        services.TryAddScoped<CaseGate>();
        services.TryAddScoped<IntakeHandler>();

        services.AddOptions<AttachmentOptions>().BindConfiguration(AttachmentOptions.SectionName)
            .Validate(o => o.MaxBytes > 0, $"{AttachmentOptions.SectionName}:MaxBytes must be positive.")
            .Validate(o => o.EffectiveAllowedTypes.All(t => AttachmentFileTypes.ByCode(t) is not null),
                $"{AttachmentOptions.SectionName}:AllowedTypes may only name {string.Join(", ", AttachmentFileTypes.All.Select(t => t.Code))}.")
            .ValidateOnStart();
        services.TryAddSingleton<AttachmentStore>();
        services.TryAddSingleton<IAttachmentScanner>(sp =>
            string.IsNullOrWhiteSpace(sp.GetRequiredService<IOptions<AttachmentOptions>>().Value.ScanCommand)
                ? new NoAttachmentScanner()
                : ActivatorUtilities.CreateInstance<CommandAttachmentScanner>(sp));
        services.TryAddScoped<AttachmentUploader>();
        services.TryAddSingleton<AttachmentDownloads>();
        services.TryAddSingleton<AttachmentRemover>();
        return services;
    }
}
