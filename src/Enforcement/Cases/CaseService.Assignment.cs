using Microsoft.EntityFrameworkCore;
using Thads.Enforcement.Cases.Configuration;
using Thads.Enforcement.Cases.Validation;
using Thads.Enforcement.Data;
using Thads.Enforcement.Legal;
using Thads.Enforcement.Legal.Status;
using Thads.Enforcement.Organisation;

namespace Thads.Enforcement.Cases;

public sealed partial class CaseService
{
    /// <summary>The statuses of cases still being worked on, for workload counts (see <see cref="EnforcementCase.IsOpen"/>).</summary>
    private static readonly EnforcementStatus[] OpenStatuses =
        Enum.GetValues<EnforcementStatus>().Where(s => !StatusTransitions.IsFinal(s) && s != EnforcementStatus.ReturnedLegacy).ToArray();

    /// <summary>
    /// Assigns an executor, or replaces the one in charge (then with a reason, e.g. a party's request under Art. 7).
    /// Every assignment is a new history row. Money held by the executor replaced must move by a handover first.
    /// </summary>
    /// <exception cref="CaseValidationException">Unknown, inactive or ineligible executor, or a case without a decision; nothing was saved.</exception>
    public async Task<Assignment> AssignExecutorAsync(
        int caseId, string executorUserName, string? reason, string actor, CancellationToken cancellationToken = default)
    {
        await using var db = await OpenAsync(actor, cancellationToken);
        var c = await LoadAsync(db, caseId, cancellationToken);
        var errors = new CaseErrors();
        if (c.Status is null || !c.IsOpen)
        {
            errors.Add(CaseFields.Case, $"hồ sơ đang ở trạng thái '{c.Status.Vietnamese()}': chỉ phân công chấp hành viên cho hồ sơ đã có quyết định thi hành án và chưa kết thúc.");
        }

        var executor = await FindStaffAsync(db, executorUserName, cancellationToken);
        if (string.IsNullOrWhiteSpace(executorUserName))
        {
            errors.Add(CaseFields.Executor, "chưa chọn.");
        }
        else if (StaffRules.ExecutorProblem(executor, executorUserName.Trim(), await LineageOfAsync(db, executor, cancellationToken), c.UnitId) is { } problem)
        {
            errors.Add(CaseFields.Executor, problem);
        }
        else if (executor!.Id == c.ExecutorId)
        {
            errors.Add(CaseFields.Executor, $"{executor.FullName} đang là chấp hành viên của hồ sơ.");
        }

        if (c.ExecutorId is { } current && current != executor?.Id)
        {
            errors.Required(CaseFields.AssignmentReason, reason);
            var held = CaseFacts.HeldBy(c, current);
            if (held > 0)
            {
                errors.Add(CaseFields.Executor, $"chấp hành viên đang phụ trách còn giữ {LegalText.Vnd(held)} của hồ sơ: thay đổi chấp hành viên bằng việc bàn giao có phê duyệt.");
            }
        }

        errors.MaxLength(CaseFields.AssignmentReason, reason, CaseModel.TextMaxLength);
        errors.ThrowIfAny();

        var stamp = db.AuditStamp!;
        var assignment = new Assignment
        {
            ExecutorId = executor!.Id,
            PreviousExecutorId = c.ExecutorId,
            Reason = Clean(reason),
            AssignedAt = stamp.At,
            AssignedBy = stamp.Actor,
        };
        c.Assignments.Add(assignment);
        c.ExecutorId = executor.Id;
        Touch(c, stamp);
        await SaveAsync(db, c, cancellationToken);
        return assignment;
    }

    /// <summary>
    /// The unit's active executor with the fewest open cases (ties: the user name first in order), or null when the
    /// unit has no active executor.
    /// </summary>
    /// <exception cref="CaseValidationException">Unknown unit.</exception>
    public async Task<ExecutorSuggestion?> SuggestExecutorAsync(string unitCode, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var code = unitCode?.Trim() ?? string.Empty;
        var unit = await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Code == code, cancellationToken);
        if (unit is null)
        {
            CaseErrors.Throw(CaseFields.UnitCode, $"không có đơn vị mã '{code}'.");
        }

        var executors = await db.Staff.AsNoTracking()
            .Where(s => s.UnitId == unit!.Id && s.Active && (s.Roles & StaffRoles.Executor) != 0)
            .ToListAsync(cancellationToken);
        var ids = executors.Select(s => s.Id).ToList();
        var load = await db.Cases.AsNoTracking()
            .Where(c => c.ExecutorId != null && ids.Contains(c.ExecutorId.Value) && (c.Status == null || OpenStatuses.Contains(c.Status.Value)))
            .GroupBy(c => c.ExecutorId!.Value)
            .Select(g => new { ExecutorId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.ExecutorId, x => x.Count, cancellationToken);
        return executors
            .Select(s => new ExecutorSuggestion(s.UserName, s.FullName, load.GetValueOrDefault(s.Id)))
            .OrderBy(s => s.OpenCases)
            .ThenBy(s => s.UserName, StringComparer.Ordinal)
            .FirstOrDefault();
    }

    /// <summary>The open cases an executor is in charge of, by case number.</summary>
    /// <exception cref="CaseValidationException">Unknown user.</exception>
    public async Task<IReadOnlyList<EnforcementCase>> OpenCasesOfExecutorAsync(string executorUserName, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var executor = await FindStaffAsync(db, executorUserName, cancellationToken);
        if (executor is null)
        {
            CaseErrors.Throw(CaseFields.Executor, $"không có cán bộ có tên đăng nhập '{executorUserName}'.");
        }

        return await db.Cases.AsNoTracking()
            .Where(c => c.ExecutorId == executor!.Id && (c.Status == null || OpenStatuses.Contains(c.Status.Value)))
            .OrderBy(c => c.CaseNumber)
            .ToListAsync(cancellationToken);
    }

    private static async Task<UnitLineage?> LineageOfAsync(ThadsDbContext db, StaffMember? staff, CancellationToken cancellationToken) =>
        staff is null ? null : await UnitLineage.LoadAsync(db, staff.UnitId, cancellationToken);
}
