using Thads.Enforcement.Legal;
using Thads.Enforcement.Organisation;

namespace Thads.Enforcement.Cases.Validation;

/// <summary>
/// Bàn giao (domain README §2.13): the cases of one executor and the money held on them, to another executor,
/// approved by a leader. The stated money must be what the books say the giving executor holds on those cases.
/// </summary>
internal static class HandoverValidator
{
    public static void Validate(HandoverParticipants who, IReadOnlyList<EnforcementCase> cases, HandoverInput input, DateOnly today, CaseErrors errors)
    {
        if (who.From is null)
        {
            errors.Add(CaseFields.FromExecutor, $"không có cán bộ có tên đăng nhập '{input.FromExecutorUserName}'.");
        }

        if (who.To is null)
        {
            errors.Add(CaseFields.ToExecutor, $"không có cán bộ có tên đăng nhập '{input.ToExecutorUserName}'.");
        }

        if (who.Leader is null)
        {
            errors.Add(CaseFields.ApprovingLeader, $"không có cán bộ có tên đăng nhập '{who.LeaderUserName}'.");
        }

        if (who.From is not null && who.To is not null && who.From.Id == who.To.Id)
        {
            errors.Add(CaseFields.ToExecutor, "trùng với chấp hành viên bàn giao.");
        }

        errors.NotFuture(CaseFields.HandoverDate, input.On, today);
        if (input.MoneyAmount < 0)
        {
            errors.Add(CaseFields.HandoverMoney, $"không được âm (đã nhập {LegalText.Vnd(input.MoneyAmount)}).");
        }

        if (input.CaseIds is null || input.CaseIds.Count == 0)
        {
            errors.Add(CaseFields.HandoverCases, "chưa chọn hồ sơ nào.");
            return;
        }

        foreach (var missing in input.CaseIds.Distinct().Where(id => cases.All(c => c.Id != id)))
        {
            errors.Add(CaseFields.HandoverCases, $"không có hồ sơ mã {missing}.");
        }

        foreach (var c in cases)
        {
            ValidateCase(who, c, input, errors);
        }

        if (who.From is not null && !errors.Any)
        {
            var computed = cases.Sum(c => CaseFacts.HeldBy(c, who.From.Id));
            if (computed != input.MoneyAmount)
            {
                errors.Add(CaseFields.HandoverMoney,
                    $"{LegalText.Vnd(input.MoneyAmount)} khác số tiền {who.From.FullName} đang giữ của các hồ sơ bàn giao theo sổ sách ({LegalText.Vnd(computed)}).");
            }
        }
    }

    private static void ValidateCase(HandoverParticipants who, EnforcementCase c, HandoverInput input, CaseErrors errors)
    {
        if (who.From is not null && c.ExecutorId != who.From.Id)
        {
            errors.Add(CaseFields.HandoverCases, $"hồ sơ {c.CaseNumber} không do {who.From.FullName} phụ trách.");
        }

        if (who.To is not null && StaffRules.ExecutorProblem(who.To, input.ToExecutorUserName, who.ToLineage, c.UnitId) is { } toProblem)
        {
            errors.Add(CaseFields.ToExecutor, $"{toProblem} (hồ sơ {c.CaseNumber})");
        }

        if (who.Leader is not null && StaffRules.LeaderProblem(who.Leader, who.LeaderUserName, who.CaseLineages[c.UnitId]) is { } leaderProblem)
        {
            errors.Add(CaseFields.ApprovingLeader, $"{leaderProblem} (hồ sơ {c.CaseNumber})");
        }
    }
}
