using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Thads.Enforcement.Cases;
using Thads.Host.Api;
using Thads.Host.Localization;
using Thads.Workflows.Activities;
using Thads.Workflows.Forms;
using Thads.Workflows.Runtime;
using Thads.Workflows.Standard;

namespace Thads.Host.Pages.Tasks;

/// <summary>
/// One task with its form-js form rendered as a plain HTML form. Access as in the API (<see cref="TaskAccess"/>),
/// validation by <see cref="FormValidator"/>; errors are shown next to their fields.
/// </summary>
public sealed class DetailsModel(TaskAccess access, TaskForms forms, WorkflowEngine engine, UiText T) : PageModel
{
    public UserTaskInfo? TaskInfo { get; private set; }

    public FormSchema? Form { get; private set; }

    public bool MayComplete { get; private set; }

    /// <summary>Why the page shows no task: 403 or 404 text.</summary>
    public string? Refusal { get; private set; }

    public string? Conflict { get; private set; }

    public DateTimeOffset Now { get; private set; }

    /// <summary>Field key → value shown in the input (current, default, or as posted).</summary>
    public Dictionary<string, string?> Values { get; } = new(StringComparer.Ordinal);

    /// <summary>Field key → errors; keys not on the form are listed above it.</summary>
    public Dictionary<string, List<string>> Errors { get; } = new(StringComparer.Ordinal);

    public IEnumerable<string> OtherErrors =>
        Errors.Where(e => Form?.Fields.All(f => f.Key != e.Key) ?? true).SelectMany(e => e.Value);

    public string FormKey => TaskInfo?.FormKey ?? "";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        await FillCurrentAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        var task = TaskInfo!;
        if (task.Status != UserTaskStatus.Open)
        {
            Conflict = T["Công việc này đã được người khác hoàn thành"];
            await FillCurrentAsync(cancellationToken);
            return new PageResult { StatusCode = StatusCodes.Status409Conflict };
        }

        if (!MayComplete)
        {
            return Refuse(StatusCodes.Status403Forbidden, T["Công việc này không được giao cho bạn."]);
        }

        var values = Form is null ? [] : FormDisplay.ToJson(Form, key => Request.Form[key].LastOrDefault());
        if (Form is not null)
        {
            foreach (var field in Form.Fields)
            {
                Values[field.Key] = field.Type == "checkbox"
                    ? (values[field.Key]?.GetValue<bool>() == true ? "true" : "false")
                    : Request.Form[field.Key].LastOrDefault();
            }

            var current = (await engine.GetInstanceAsync(task.InstanceId, cancellationToken))?.Variables ?? new Dictionary<string, JsonNode?>();
            AddErrors(FormValidator.Validate(task.FormKey!, Form, values, current));
            if (Errors.Count > 0)
            {
                return Invalid();
            }
        }

        var input = values.ToDictionary(v => v.Key, v => (object?)v.Value?.DeepClone(), StringComparer.Ordinal);
        try
        {
            var viewer = (await access.ViewerAsync(User, cancellationToken))!;
            await engine.CompleteTaskAsync(id, input, viewer.User.UserName, cancellationToken);
        }
        catch (TaskInputRefusedException e)
        {
            AddErrors(e.FieldErrors);
            if (e.FieldErrors.Count == 0)
            {
                AddErrors([new("", e.Message)]);
            }

            return Invalid();
        }
        catch (CaseValidationException e)
        {
            AddErrors(e.Errors.Select(x => new KeyValuePair<string, string>(x.Field, x.Message)));
            return Invalid();
        }
        catch (Exception e) when (e is WorkflowConflictException or CaseConcurrencyException)
        {
            Conflict = T["Công việc này đã được người khác hoàn thành"];
            return new PageResult { StatusCode = StatusCodes.Status409Conflict };
        }
        catch (WorkflowNotFoundException)
        {
            return Refuse(StatusCodes.Status404NotFound, T["Không có công việc này."]);
        }

        TempData["Message"] = task.BusinessKey is { } number
            ? T["Đã hoàn thành công việc \"{0}\" của hồ sơ {1}.", task.Name ?? task.ElementId, number]
            : T["Đã hoàn thành công việc \"{0}\".", task.Name ?? task.ElementId];
        return Redirect("/Tasks");
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        Now = engine.Clock.Now;
        if (await access.ViewerAsync(User, cancellationToken) is not { } viewer)
        {
            return Refuse(StatusCodes.Status403Forbidden, T["Tài khoản chưa gắn với cán bộ và đơn vị."]);
        }

        if (await engine.GetTaskAsync(id, cancellationToken) is not { } task)
        {
            return Refuse(StatusCodes.Status404NotFound, T["Không có công việc này."]);
        }

        if (!viewer.MaySee(task))
        {
            return Refuse(StatusCodes.Status403Forbidden, T["Công việc này không thuộc đơn vị hoặc không được giao cho bạn."]);
        }

        TaskInfo = task;
        MayComplete = task.Status == UserTaskStatus.Open && viewer.MayComplete(task);
        Form = await forms.ForAsync(task, cancellationToken);
        return null;
    }

    private async Task FillCurrentAsync(CancellationToken cancellationToken)
    {
        if (Form is null || TaskInfo is null)
        {
            return;
        }

        var variables = (await engine.GetInstanceAsync(TaskInfo.InstanceId, cancellationToken))?.Variables;
        foreach (var field in Form.Fields)
        {
            var value = variables is not null && variables.TryGetValue(field.Key, out var known) && known is not null ? known : field.DefaultValue;
            Values[field.Key] = FormDisplay.Text(field, value);
        }
    }

    private void AddErrors(IEnumerable<KeyValuePair<string, string>> errors)
    {
        foreach (var (key, message) in errors)
        {
            if (!Errors.TryGetValue(key, out var list))
            {
                Errors[key] = list = [];
            }

            list.Add(message);
        }
    }

    private PageResult Invalid() => new() { StatusCode = StatusCodes.Status400BadRequest };

    private PageResult Refuse(int status, string message)
    {
        Refusal = message;
        TaskInfo = null;
        return new PageResult { StatusCode = status };
    }
}
