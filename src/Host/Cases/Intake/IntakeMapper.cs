using System.Globalization;
using Thads.Enforcement.Cases;

namespace Thads.Host.Cases.Intake;

/// <summary>
/// Reads an <see cref="IntakeInput"/> into a <see cref="CaseIntake"/>. What cannot be read (a date, an amount, a
/// choice) becomes a Vietnamese error under the field's name and a missing value in the intake, which the domain
/// then does not refuse a second time. The page drops the blank rows it offers for more parties and obligations;
/// party positions are translated both ways, so errors still name the row the user sees.
/// </summary>
public sealed class IntakeMapper
{
    private readonly List<int> _partyRows = [];
    private readonly List<int> _obligationRows = [];

    public List<KeyValuePair<string, string>> Errors { get; } = [];

    public CaseIntake Map(IntakeInput input, bool dropBlankRows)
    {
        var parties = new List<PartyInput>();
        var partyIndex = new Dictionary<int, int>();
        for (var row = 0; row < input.Parties.Count; row++)
        {
            var party = input.Parties[row];
            if (dropBlankRows && party.IsBlank)
            {
                continue;
            }

            var key = $"Parties[{row}]";
            var item = $"đương sự thứ {row + 1}";
            partyIndex[row] = parties.Count;
            _partyRows.Add(row);
            parties.Add(new PartyInput(
                Choice<PartyRole>(party.Role, $"{key}.Role", $"Tư cách của {item}") ?? PartyRole.Debtor,
                Choice<PartyKind>(party.Kind, $"{key}.Kind", $"Loại (cá nhân/tổ chức) của {item}") ?? PartyKind.Person,
                party.FullName?.Trim() ?? "")
            {
                IdNumber = party.IdNumber,
                Address = party.Address,
                DateOfBirth = Date(party.DateOfBirth, $"{key}.DateOfBirth", $"Ngày sinh của {item}"),
            });
        }

        var obligations = new List<ObligationInput>();
        for (var row = 0; row < input.Obligations.Count; row++)
        {
            var obligation = input.Obligations[row];
            if (dropBlankRows && obligation.IsBlank)
            {
                continue;
            }

            var key = $"Obligations[{row}]";
            var item = $"nghĩa vụ thứ {row + 1}";
            _obligationRows.Add(row);
            var debtor = Party(obligation.DebtorIndex, partyIndex, $"{key}.DebtorIndex", $"Người phải thi hành án của {item}", required: true);
            obligations.Add(new ObligationInput(
                Choice<ObligationKind>(obligation.Kind, $"{key}.Kind", $"Loại nghĩa vụ của {item}") ?? ObligationKind.Private,
                obligation.Description?.Trim() ?? "",
                Amount(obligation.Amount, $"{key}.Amount", $"Số tiền của {item}"),
                debtor ?? 0)
            {
                CreditorIndex = Party(obligation.CreditorIndex, partyIndex, $"{key}.CreditorIndex", $"Người được thi hành án của {item}", required: false),
            });
        }

        return new CaseIntake(
            input.UnitCode?.Trim() ?? "",
            input.CaseNumber?.Trim() ?? "",
            Choice<IntakePath>(input.IntakePath, "IntakePath", "Hình thức thụ lý (chủ động/theo đơn)") ?? IntakePath.OnRequest,
            Choice<JudgmentType>(input.JudgmentType, "JudgmentType", "Loại bản án, quyết định") ?? JudgmentType.Civil,
            input.CourtName?.Trim() ?? "",
            input.JudgmentNumber?.Trim() ?? "",
            Date(input.JudgmentDate, "JudgmentDate", "Ngày bản án, quyết định"),
            parties,
            obligations)
        {
            JudgmentEffectiveDate = Date(input.JudgmentEffectiveDate, "JudgmentEffectiveDate", "Ngày bản án, quyết định có hiệu lực pháp luật"),
            JudgmentReceivedOn = Date(input.JudgmentReceivedOn, "JudgmentReceivedOn", "Ngày nhận bản án, quyết định"),
            RequestReceivedOn = Date(input.RequestReceivedOn, "RequestReceivedOn", "Ngày nhận đơn yêu cầu thi hành án"),
            RequesterName = string.IsNullOrWhiteSpace(input.RequesterName) ? null : input.RequesterName.Trim(),
        };
    }

    /// <summary>The domain's field path with positions of the intake turned back into rows of the form.</summary>
    public string FormField(string field)
    {
        foreach (var (list, rows) in new[] { ("Parties[", _partyRows), ("Obligations[", _obligationRows) })
        {
            if (field.StartsWith(list, StringComparison.Ordinal) && field.IndexOf(']', list.Length) is var end and > 0
                && int.TryParse(field.AsSpan(list.Length, end - list.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
                && index < rows.Count)
            {
                return $"{list}{rows[index]}{field[end..]}";
            }
        }

        return field;
    }

    /// <summary>Whether a field already has an error of its own (then the domain's "missing" for it is noise).</summary>
    public bool HasError(string field) => Errors.Any(e => e.Key == field);

    private T? Choice<T>(string? text, string key, string label) where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            Errors.Add(new(key, $"{label}: chưa chọn."));
            return null;
        }

        if (!int.TryParse(text, out _) && Enum.TryParse<T>(text.Trim(), ignoreCase: true, out var value) && Enum.IsDefined(value))
        {
            return value;
        }

        Errors.Add(new(key, $"{label}: '{text.Trim()}' không phải một lựa chọn hợp lệ ({string.Join(", ", Enum.GetNames<T>())})."));
        return null;
    }

    private DateOnly? Date(string? text, string key, string label)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Errors.Add(new(key, $"{label}: '{text.Trim()}' không phải ngày hợp lệ (dd/mm/yyyy)."));
        return null;
    }

    private long Amount(string? text, string key, string label)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            Errors.Add(new(key, $"{label}: chưa nhập."));
            return 0;
        }

        var digits = text.Trim().TrimEnd('đ', 'Đ').Replace(".", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal)
            .Replace(" ", "", StringComparison.Ordinal).Replace("\u00a0", "", StringComparison.Ordinal);
        if (long.TryParse(digits, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var amount))
        {
            // Zero and negative amounts are the domain's to refuse, with its own wording.
            return amount;
        }

        Errors.Add(new(key, $"{label}: '{text.Trim()}' không phải số tiền hợp lệ (số đồng, ví dụ 1.500.000)."));
        return 0;
    }

    private int? Party(string? text, Dictionary<int, int> partyIndex, string key, string label, bool required)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
            {
                Errors.Add(new(key, $"{label}: chưa chọn."));
            }

            return null;
        }

        if (!int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var row))
        {
            Errors.Add(new(key, $"{label}: '{text.Trim()}' không phải số thứ tự của một đương sự (đếm từ 0)."));
            return null;
        }

        if (partyIndex.TryGetValue(row, out var index))
        {
            return index;
        }

        Errors.Add(new(key, $"{label}: không có đương sự thứ {row + 1} trong danh sách."));
        return null;
    }
}
