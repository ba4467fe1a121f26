using System.Text.Json.Nodes;
using Thads.Enforcement.Cases;
using Thads.Workflows.Activities;
using Thads.Workflows.Forms;
using Thads.Workflows.Runtime;
using Thads.Workflows.Standard;

namespace Thads.Host.Api;

internal static class TaskEndpoints
{
    private const int DefaultPageSize = 20;
    private const int MaxPageSize = 100;

    public static void MapTaskEndpoints(this RouteGroupBuilder api)
    {
        var tasks = api.MapGroup("/tasks").RequireAuthorization(ApiPolicies.TaskWorker).WithTags("Công việc");

        tasks.MapGet("", ListAsync)
            .WithName("ListTasks")
            .WithSummary("Hộp công việc: việc của tôi (scope=mine) hoặc việc chưa nhận của đơn vị theo vai trò (scope=unit)")
            .WithDescription("search lọc theo số hồ sơ (chứa chuỗi); page bắt đầu từ 1; pageSize tối đa 100. overdue = đã quá hạn.")
            .Produces<TaskPage>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        tasks.MapGet("/{id:guid}", GetAsync)
            .WithName("GetTask")
            .WithSummary("Một công việc, với biểu mẫu (theo form key) và các giá trị hiện có để hiển thị")
            .Produces<TaskDetail>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        tasks.MapPost("/{id:guid}/complete", CompleteAsync)
            .WithName("CompleteTask")
            .WithSummary("Hoàn thành công việc với các giá trị của biểu mẫu (đối tượng JSON)")
            .WithDescription("Kiểm tra phía máy chủ theo biểu mẫu: trường bắt buộc, kiểu số và min/max, giá trị cho phép của radio/select. " +
                "400 kèm errors theo trường; 403 khi không được giao hoặc khác đơn vị; 404; 409 khi công việc đã được hoàn thành.")
            .Accepts<JsonObject>("application/json")
            .Produces<TaskCompletion>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<IResult> ListAsync(
        HttpContext http, TaskAccess access, TaskInboxQuery inbox, WorkflowEngine engine,
        string? scope, string? search, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var errors = new List<KeyValuePair<string, string>>();
        scope ??= "mine";
        if (scope is not ("mine" or "unit"))
        {
            errors.Add(new("scope", "Phạm vi (scope) phải là \"mine\" hoặc \"unit\"."));
        }

        if (PagingErrors(page, pageSize) is { } pagingErrors)
        {
            errors.AddRange(pagingErrors);
        }

        if (errors.Count > 0)
        {
            return ApiProblems.Validation(errors, "Tham số tìm kiếm không hợp lệ.");
        }

        if (await access.ViewerAsync(http.User, cancellationToken) is not { } viewer)
        {
            return ApiProblems.Forbidden("Tài khoản chưa gắn với cán bộ và đơn vị.");
        }

        var size = pageSize ?? DefaultPageSize;
        var found = await inbox.FindAsync(viewer, unit: scope != "mine", search, page ?? 1, size, cancellationToken);
        var now = engine.Clock.Now;
        return Results.Ok(new TaskPage(found.Items.Select(t => TaskSummary.From(t, now)).ToList(), found.Page, size, found.Total));
    }

    private static async Task<IResult> GetAsync(Guid id, HttpContext http, TaskAccess access, TaskForms forms, WorkflowEngine engine, CancellationToken cancellationToken)
    {
        if (await access.ViewerAsync(http.User, cancellationToken) is not { } viewer)
        {
            return ApiProblems.Forbidden("Tài khoản chưa gắn với cán bộ và đơn vị.");
        }

        if (await FindAsync(engine, id, cancellationToken) is not { } task)
        {
            return ApiProblems.NotFound($"Không có công việc {id}.");
        }

        if (!viewer.MaySee(task))
        {
            return ApiProblems.Forbidden("Công việc này không thuộc đơn vị hoặc không được giao cho bạn.");
        }

        var form = await forms.ForAsync(task, cancellationToken);
        var instance = await engine.GetInstanceAsync(task.InstanceId, cancellationToken);
        var variables = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        if (instance is not null)
        {
            var wanted = new HashSet<string>((form?.Fields.Select(f => f.Key) ?? []).Concat(["caseId", "caseNumber"]), StringComparer.Ordinal);
            foreach (var (name, value) in instance.Variables)
            {
                if (wanted.Contains(name))
                {
                    variables[name] = value?.DeepClone();
                }
            }
        }

        return Results.Ok(new TaskDetail(
            TaskSummary.From(task, engine.Clock.Now),
            task.Status,
            viewer.MayComplete(task) && task.Status == UserTaskStatus.Open,
            form is null ? null : new FormDescription(form.Id, form.Fields.Select(FieldDescription.From).ToList()),
            variables));
    }

    private static async Task<IResult> CompleteAsync(
        Guid id, JsonObject? values, HttpContext http, TaskAccess access, TaskForms forms, WorkflowEngine engine, CancellationToken cancellationToken)
    {
        if (await access.ViewerAsync(http.User, cancellationToken) is not { } viewer)
        {
            return ApiProblems.Forbidden("Tài khoản chưa gắn với cán bộ và đơn vị.");
        }

        if (await FindAsync(engine, id, cancellationToken) is not { } task)
        {
            return ApiProblems.NotFound($"Không có công việc {id}.");
        }

        // Scope before state: a task of another unit answers 403 whether or not it is still open.
        if (!viewer.MaySee(task) || (task.Status == UserTaskStatus.Open && !viewer.MayComplete(task)))
        {
            return ApiProblems.Forbidden(viewer.InScope(task) || viewer.IsMine(task)
                ? "Công việc này không được giao cho bạn."
                : "Công việc này thuộc đơn vị khác.");
        }

        if (task.Status != UserTaskStatus.Open)
        {
            return ApiProblems.Conflict("Công việc đã được hoàn thành hoặc đã hủy; hãy tải lại.");
        }

        values ??= [];
        if (await forms.ForAsync(task, cancellationToken) is { } form)
        {
            var current = (await engine.GetInstanceAsync(task.InstanceId, cancellationToken))?.Variables ?? new Dictionary<string, JsonNode?>();
            var errors = FormValidator.Validate(task.FormKey!, form, values, current);
            if (errors.Count > 0)
            {
                return ApiProblems.Validation(errors, "Biểu mẫu có trường chưa hợp lệ.");
            }
        }
        else if (values.Count > 0)
        {
            return ApiProblems.Validation(values.Select(v => new KeyValuePair<string, string>(v.Key, "Công việc không có biểu mẫu; không nhận giá trị.")), "Công việc không có biểu mẫu.");
        }

        var input = values.ToDictionary(v => v.Key, v => (object?)v.Value?.DeepClone(), StringComparer.Ordinal);
        try
        {
            var after = await engine.CompleteTaskAsync(id, input, viewer.User.UserName, cancellationToken);
            var now = engine.Clock.Now;
            return Results.Ok(new TaskCompletion(
                id,
                after.Id,
                after.Status.ToString(),
                after.OpenTasks.Where(viewer.MaySee).Select(t => TaskSummary.From(t, now)).ToList()));
        }
        catch (TaskInputRefusedException e)
        {
            return e.FieldErrors.Count > 0 ? ApiProblems.Validation(e.FieldErrors, e.Message) : ApiProblems.BadRequest(e.Message);
        }
        catch (CaseValidationException e)
        {
            return ApiProblems.Validation(e.Errors.Select(x => new KeyValuePair<string, string>(x.Field, x.Message)), "Dữ liệu hồ sơ không hợp lệ.");
        }
        catch (WorkflowConflictException)
        {
            return ApiProblems.Conflict("Công việc đã được hoàn thành hoặc hồ sơ vừa được người khác thay đổi; hãy tải lại.");
        }
        catch (CaseConcurrencyException)
        {
            return ApiProblems.Conflict("Hồ sơ vừa được người khác thay đổi; hãy tải lại.");
        }
        catch (WorkflowNotFoundException)
        {
            return ApiProblems.NotFound($"Không có công việc {id}.");
        }
    }

    internal static IEnumerable<KeyValuePair<string, string>>? PagingErrors(int? page, int? pageSize)
    {
        var errors = new List<KeyValuePair<string, string>>();
        if (page is < 1)
        {
            errors.Add(new("page", "Trang (page) phải từ 1 trở lên."));
        }

        if (pageSize is < 1 or > MaxPageSize)
        {
            errors.Add(new("pageSize", $"Số dòng mỗi trang (pageSize) phải từ 1 đến {MaxPageSize}."));
        }

        return errors.Count > 0 ? errors : null;
    }

    private static Task<UserTaskInfo?> FindAsync(WorkflowEngine engine, Guid id, CancellationToken cancellationToken) =>
        engine.GetTaskAsync(id, cancellationToken);
}

public sealed record TaskSummary(
    Guid Id, string? Name, string ElementId, string ProcessId, string? CaseNumber, string? Assignee,
    string? CandidateRole, string? CandidateUnit, string? FormKey, DateTimeOffset CreatedAt, DateTimeOffset? DueAt, bool Overdue)
{
    public static TaskSummary From(UserTaskInfo t, DateTimeOffset now) => new(
        t.Id, t.Name, t.ElementId, t.ProcessId, t.BusinessKey, t.Assignee, t.CandidateRole, t.CandidateUnit, t.FormKey,
        t.CreatedAt, t.DueAt, t.Status == UserTaskStatus.Open && t.DueAt is { } due && due < now);
}

public sealed record TaskPage(IReadOnlyList<TaskSummary> Items, int Page, int PageSize, int Total);

public sealed record FieldDescription(string Key, string Type, string? Label, bool Required, double? Min, double? Max, JsonNode? DefaultValue, IReadOnlyList<string> AllowedValues)
{
    public static FieldDescription From(FormField f) => new(f.Key, f.Type, f.Label, f.Required, f.Min, f.Max, f.DefaultValue?.DeepClone(), f.AllowedValues);
}

public sealed record FormDescription(string Id, IReadOnlyList<FieldDescription> Fields);

public sealed record TaskDetail(TaskSummary Task, UserTaskStatus Status, bool MayComplete, FormDescription? Form, IReadOnlyDictionary<string, JsonNode?> Variables);

public sealed record TaskCompletion(Guid TaskId, Guid InstanceId, string InstanceStatus, IReadOnlyList<TaskSummary> NextTasks);
