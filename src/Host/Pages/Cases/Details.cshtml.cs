using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Thads.Enforcement.Cases;
using Thads.Enforcement.Legal.Status;
using Thads.Host.Accounts;
using Thads.Host.Attachments;
using Thads.Host.Cases;
using Thads.Host.Cases.Intake;
using Thads.Host.Cases.Timeline;
using Thads.Host.Localization;
using Thads.Workflows.Runtime;

namespace Thads.Host.Pages.Cases;

/// <summary>
/// One case: parties, obligations, money, assets, status with its legal ground and history, alerts, attachments, the
/// open tasks, the small picture of the process and the timeline. Only for users who may see the case
/// (<see cref="CaseGate"/>): others get 403, an unknown id 404.
/// </summary>
public sealed class DetailsModel(
    CaseGate gate, CaseDossierReader reader, CaseOpener opener, WorkflowEngine engine, UiText text, IOptions<AttachmentOptions> attachments,
    ILogger<DetailsModel> logger) : PageModel
{
    [TempData(Key = AttachmentPageEndpoints.MessageKey)]
    public string? Message { get; set; }

    [TempData(Key = AttachmentPageEndpoints.ErrorKey)]
    public string? Error { get; set; }

    public CaseDossier? Dossier { get; private set; }

    public CaseText Words { get; } = new(text, vietnameseOnly: false);

    /// <summary>The process picture as SVG markup (server-rendered, escaped).</summary>
    public string? Picture { get; private set; }

    public IReadOnlyList<string> CurrentSteps { get; private set; } = [];

    /// <summary>Why the page shows no case: 403 or 404 text.</summary>
    public string? Refusal { get; private set; }

    public bool MayAttach { get; private set; }

    public bool IsLeader { get; private set; }

    public bool MayStartProcess { get; private set; }

    public DateTimeOffset Now { get; private set; }

    /// <summary>The page shows at most this many timeline entries (the latest); the API returns them all.</summary>
    public const int TimelineLimit = 300;

    /// <summary>The latest <see cref="TimelineLimit"/> entries, oldest first, so a long history keeps the page light.</summary>
    public IReadOnlyList<TimelineEntry> TimelineShown =>
        Dossier is null ? [] : Dossier.Timeline.Skip(Math.Max(0, Dossier.Timeline.Count - TimelineLimit)).ToList();

    public AttachmentOptions AttachmentRules => attachments.Value;

    public LegalGround? CurrentGround =>
        Dossier?.Case.StatusChanges.LastOrDefault() is { } last ? StatusTransitions.FindGround(last.GroundCode) : null;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var (access, c) = await gate.OpenAsync(User, id, cancellationToken);
        if (access != CaseAccess.Allowed)
        {
            return Refuse(access);
        }

        await LoadAsync(c!, cancellationToken);
        return Page();
    }

    /// <summary>Starts the process of a case that has none (its first start failed and could not be undone).</summary>
    public async Task<IActionResult> OnPostStartProcessAsync(int id, CancellationToken cancellationToken)
    {
        var (access, c) = await gate.OpenAsync(User, id, cancellationToken);
        if (access != CaseAccess.Allowed)
        {
            return Refuse(access);
        }

        var user = ThadsUser.From(User)!;
        if (!CasePolicies.MayIntake(user))
        {
            return Refuse(CaseAccess.Forbidden);
        }

        await LoadAsync(c!, cancellationToken);
        if (Dossier!.Workflow.Main is not null)
        {
            Error = text["Hồ sơ này đã có quy trình."];
            return RedirectToPage(new { id });
        }

        try
        {
            await opener.StartForAsync(c!, user.UserName, cancellationToken);
            Message = text["Đã bắt đầu quy trình cho hồ sơ."];
        }
        catch (Exception e) when (e is WorkflowNotFoundException or WorkflowConflictException)
        {
            logger.LogError(e, "Could not start the process of case {CaseId}", id);
            Error = text["Không bắt đầu được quy trình; vui lòng thử lại hoặc báo quản trị hệ thống."];
        }

        return RedirectToPage(new { id });
    }

    private async Task LoadAsync(EnforcementCase c, CancellationToken cancellationToken)
    {
        Now = engine.Clock.Now;
        Dossier = await reader.ReadAsync(c, Words, cancellationToken);
        Picture = CaseDossierReader.ProcessPicture(Dossier.Workflow, Words);
        CurrentSteps = CaseDossierReader.CurrentSteps(Dossier.Workflow);
        var user = ThadsUser.From(User);
        MayAttach = CasePolicies.MayAttach(user);
        IsLeader = CasePolicies.IsLeader(user);
        MayStartProcess = Dossier.Workflow.Main is null && CasePolicies.MayIntake(user) && c.IsOpen;
    }

    public string PartyName(int? partyId) =>
        partyId is { } id && Dossier?.Case.Parties.FirstOrDefault(p => p.Id == id) is { } party ? party.FullName : "—";

    public string ObligationName(int? obligationId) =>
        obligationId is { } id && Dossier?.Case.Obligations.FirstOrDefault(o => o.Id == id) is { } obligation ? obligation.Description : "—";

    public bool IsOverdue(UserTaskInfo task) => task.DueAt is { } due && due < Now;

    private PageResult Refuse(CaseAccess access)
    {
        Refusal = access == CaseAccess.NotFound
            ? text["Không có hồ sơ này."]
            : text["Hồ sơ này không thuộc phạm vi của bạn (đơn vị hoặc phân công)."];
        Dossier = null;
        return new PageResult { StatusCode = access == CaseAccess.NotFound ? StatusCodes.Status404NotFound : StatusCodes.Status403Forbidden };
    }
}
