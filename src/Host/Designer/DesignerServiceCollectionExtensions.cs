using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Thads.Host.Database;
using Thads.Host.Designer.Data;
using Thads.Host.Startup;

namespace Thads.Host.Designer;

public static class DesignerServiceCollectionExtensions
{
    /// <summary>
    /// The designer's services and tables (drafts, publication notes, forms). Call after <c>AddThadsWorkflowEngine</c>:
    /// its start-up task migrates the designer tables after the engine's.
    /// </summary>
    public static IServiceCollection AddThadsDesigner(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddDbContextFactory<DesignerDbContext>((sp, builder) =>
            DesignerDatabase.Configure(builder, sp.GetRequiredService<IOptions<DatabaseOptions>>().Value));
        services.AddSingleton<WorkflowCatalog>();
        services.AddSingleton<DesignerForms>();
        services.AddSingleton<WorkflowPublisher>();
        services.AddSingleton<DesignerDrafts>();
        services.AddSingleton<InstanceMonitor>();
        services.AddStartupTask<DesignerDatabaseStartupTask>();
        return services;
    }

    /// <summary>The designer's API under <c>/api/admin/workflows</c>; its pages are Razor Pages under <c>/Admin/Workflows</c>.</summary>
    public static WebApplication MapThadsDesigner(this WebApplication app)
    {
        app.MapDesignerEndpoints();
        return app;
    }
}
