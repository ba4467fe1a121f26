using Thads.Host.Attachments;

namespace Thads.Host.Cases;

public static class CaseApplicationExtensions
{
    /// <summary>The case pages' non-page endpoints (attachment upload, download, delete); the API's are mapped with the API.</summary>
    public static WebApplication MapThadsCasePages(this WebApplication app)
    {
        app.MapAttachmentPages();
        return app;
    }
}
