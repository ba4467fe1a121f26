namespace Thads.Enforcement.Legal.Status;

/// <summary>
/// Which status changes the law allows and on which legal ground (domain README §2.7–2.11). Pure: the caller
/// persists the change with the ground's code when <see cref="Check"/> allows it.
/// </summary>
public static class StatusTransitions
{
    private static readonly StringComparer CodeComparer = StringComparer.OrdinalIgnoreCase;

    public static IReadOnlyList<StatusTransition> Table => StatusTransitionTable.Standard;

    public static IReadOnlyList<LegalGround> Grounds => LegalGroundTable.Standard;

    public static bool IsFinal(EnforcementStatus status) => StatusTransitionTable.Final.Contains(status);

    public static LegalGround? FindGround(string? code) =>
        Grounds.FirstOrDefault(ground => CodeComparer.Equals(ground.Code, code?.Trim()));

    /// <summary>The statuses reachable from <paramref name="from"/> (null: a new case), in table order.</summary>
    public static IReadOnlyList<EnforcementStatus> TargetsFrom(EnforcementStatus? from) =>
        Table.Where(row => row.From == from).Select(row => row.To).Distinct().ToList();

    /// <summary>The grounds that can justify the change on <paramref name="date"/>; empty when the change is not allowed then.</summary>
    public static IReadOnlyList<LegalGround> GroundsFor(EnforcementStatus? from, EnforcementStatus to, DateOnly date) =>
        Table.FirstOrDefault(row => row.From == from && row.To == to) is { } row
            ? row.GroundCodes.Select(code => FindGround(code)!).Where(ground => ground.IsValidOn(date)).ToList()
            : [];

    /// <summary>Whether a case in <paramref name="from"/> may change to <paramref name="to"/> on <paramref name="date"/> on <paramref name="groundCode"/>.</summary>
    /// <param name="from">The current status; null for a case that has none yet.</param>
    /// <param name="to">The new status.</param>
    /// <param name="groundCode">The code of the legal ground (<see cref="LegalGroundCodes"/>).</param>
    /// <param name="date">The date of the change (the decision's date); grounds exist only in their validity window.</param>
    public static TransitionCheck Check(EnforcementStatus? from, EnforcementStatus to, string? groundCode, DateOnly date)
    {
        if (from is { } current && IsFinal(current))
        {
            return TransitionCheck.Refused(TransitionFields.CurrentStatus,
                $"'{current.Vietnamese()}' là trạng thái kết thúc, không được chuyển sang trạng thái khác.");
        }

        if (!Enum.IsDefined(to))
        {
            return TransitionCheck.Refused(TransitionFields.NewStatus, $"'{to}' không phải trạng thái thi hành án.");
        }

        if (from == to)
        {
            return TransitionCheck.Refused(TransitionFields.NewStatus, $"trùng với trạng thái hiện tại '{to.Vietnamese()}'.");
        }

        var row = Table.FirstOrDefault(transition => transition.From == from && transition.To == to);
        if (row is null)
        {
            var targets = string.Join(", ", TargetsFrom(from).Select(status => $"'{status.Vietnamese()}'"));
            return TransitionCheck.Refused(TransitionFields.NewStatus,
                $"không được chuyển từ '{from.Vietnamese()}' sang '{to.Vietnamese()}'. Được chuyển sang: {targets}.");
        }

        return CheckGround(row, groundCode, date);
    }

    private static TransitionCheck CheckGround(StatusTransition row, string? groundCode, DateOnly date)
    {
        var change = $"chuyển từ '{row.From.Vietnamese()}' sang '{row.To.Vietnamese()}'";
        var valid = GroundsFor(row.From, row.To, date);
        var validCodes = string.Join(", ", valid.Select(ground => ground.Code));
        var ground = row.GroundCodes.Contains(groundCode?.Trim(), CodeComparer) ? FindGround(groundCode) : null;

        if (ground is null && valid.Count == 0)
        {
            // E.g. a new trả đơn after 30/06/2015: the change itself no longer exists on that date.
            var ended = string.Join("; ", row.GroundCodes.Select(code => FindGround(code)!).Select(Validity));
            return TransitionCheck.Refused(TransitionFields.NewStatus,
                $"không được {change} vào ngày {LegalText.Date(date)}: không còn căn cứ pháp lý nào áp dụng ({ended}).");
        }

        if (string.IsNullOrWhiteSpace(groundCode))
        {
            return TransitionCheck.Refused(TransitionFields.Ground, $"chưa nhập; {change} phải có một trong các căn cứ: {validCodes}.");
        }

        if (ground is null)
        {
            return TransitionCheck.Refused(TransitionFields.Ground,
                $"'{groundCode.Trim()}' không phải căn cứ để {change}. Căn cứ hợp lệ: {validCodes}.");
        }

        if (!ground.IsValidOn(date))
        {
            return TransitionCheck.Refused(TransitionFields.Ground,
                $"{Validity(ground)}; không áp dụng cho ngày {LegalText.Date(date)}." + (valid.Count > 0 ? $" Căn cứ hợp lệ: {validCodes}." : ""));
        }

        return new TransitionCheck(true, null, $"Được {change} theo căn cứ {ground.Code} ({ground.Citation.Label}): {ground.Name}.",
            ground, ReviewReasons(ground, date));
    }

    private static string Validity(LegalGround ground) => (ground.ValidFrom, ground.ValidUntil) switch
    {
        (null, { } until) => $"'{ground.Code}' ({ground.Citation.Label}) chỉ áp dụng đến hết ngày {LegalText.Date(until)}",
        ({ } from, null) => $"'{ground.Code}' ({ground.Citation.Label}) chỉ áp dụng từ ngày {LegalText.Date(from)}",
        ({ } from, { } until) => $"'{ground.Code}' ({ground.Citation.Label}) chỉ áp dụng từ ngày {LegalText.Date(from)} đến hết ngày {LegalText.Date(until)}",
        _ => $"'{ground.Code}' ({ground.Citation.Label})",
    };

    /// <summary>
    /// Unconfirmed grounds need review; so does every ground from 01/07/2026, because the articles of Law 106/2025
    /// are not confirmed and the VBHN 12/2014 grounds are carried forward (domain README §0.3.1).
    /// </summary>
    private static IReadOnlyList<string> ReviewReasons(LegalGround ground, DateOnly date)
    {
        var reasons = new List<string>();
        if (ground.ReviewReason is { } reason)
        {
            reasons.Add(reason);
        }

        if (date >= LawDates.Law2025EffectiveFrom)
        {
            reasons.Add($"{LegalInstruments.LawOnEnforcement2025} (in force {LegalText.Date(LawDates.Law2025EffectiveFrom)}): the article for ground " +
                $"{ground.Code} is not confirmed; the ground of {ground.Citation.Label} is carried forward (domain README §0.3.1).");
        }

        return reasons;
    }
}
