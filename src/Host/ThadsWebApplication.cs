using Thads.Host.Accounts;
using Thads.Host.Admin;
using Thads.Host.Alerts;
using Thads.Host.Api;
using Thads.Host.Calendar;
using Thads.Host.Cases;
using Thads.Host.Dashboard;
using Thads.Host.Database;
using Thads.Host.Designer;
using Thads.Host.Demo;
using Thads.Host.Health;
using Thads.Host.Localization;
using Thads.Host.Mail;
using Thads.Host.Public;
using Thads.Host.Scheduling;
using Thads.Host.Startup;
using Thads.Host.Statistics;
using Thads.Host.Workflow;

namespace Thads.Host;

/// <summary>Composes the web application: configuration, logging, services and endpoints.</summary>
public static class ThadsWebApplication
{
    public static WebApplication Create(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = ContentRoot.Choose(args),
        });

        // stderr only: the same executable runs CLI commands whose stdout other programs read.
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace);

        if (!HostUrls.AreConfigured(builder.Configuration))
        {
            builder.WebHost.UseUrls(HostUrls.Default);
        }

        builder.Services.AddStartupTasks();
        // Registers the data-directory start-up task; start-up tasks run in registration order,
        // so tasks that open the database (migrations) must be added after this line.
        builder.Services.AddThadsDatabase();
        builder.Services.AddThadsCalendar();
        builder.Services.AddThadsCases();
        builder.Services.AddThadsPublicRegister();
        builder.Services.AddThadsWorkflowEngine();
        builder.Services.AddThadsDesigner();
        builder.Services.AddThadsDemoCases();
        builder.Services.AddThadsScheduling(builder.Configuration);
        builder.Services.AddThadsMail();
        builder.Services.AddThadsAlerts();
        builder.Services.AddThadsAccounts();
        builder.Services.AddThadsAdmin();
        builder.Services.AddThadsApi();
        builder.Services.AddThadsStatistics();
        builder.Services.AddThadsDashboard();
        builder.Services.AddThadsLocalization();

        var app = builder.Build();
        app.UseThadsLocalization();
        app.MapHealthEndpoint();
        app.MapThadsPublicRegister();
        app.UseThadsApi();
        app.MapThadsStatistics();
        app.MapThadsDesigner();
        app.UseThadsAccounts();
        app.MapThadsCasePages();
        return app;
    }
}
