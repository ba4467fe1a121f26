namespace Thads.Workflows.Activities;

/// <summary>The few designer strings the exporter adds around the activities' own texts, per language.</summary>
internal sealed class ElementTemplateTexts
{
    private static readonly ElementTemplateTexts Vietnamese = new()
    {
        Language = "vi",
        InputsGroup = "Đầu vào",
        OutputsGroup = "Đầu ra (biến nhận kết quả)",
        OutputHint = "Tên biến quy trình nhận giá trị này.",
        Yes = "Có",
        No = "Không",
        NoChoice = "(không chọn)",
        PatternMessages = new Dictionary<ActivityValueKind, string>
        {
            [ActivityValueKind.Integer] = "Nhập số nguyên (ví dụ 10) hoặc biểu thức ${...}.",
            [ActivityValueKind.Number] = "Nhập số, phần thập phân dùng dấu chấm và không dùng dấu phân cách hàng nghìn (ví dụ 1500000 hoặc 12.5), hoặc biểu thức ${...}.",
            [ActivityValueKind.Date] = "Nhập ngày dạng yyyy-MM-dd (ví dụ 2024-05-31) hoặc biểu thức ${...}.",
            [ActivityValueKind.DateTime] = "Nhập thời điểm ISO 8601 có múi giờ (ví dụ 2024-05-31T08:00:00+07:00) hoặc biểu thức ${...}.",
            [ActivityValueKind.Guid] = "Nhập GUID (ví dụ 3f2504e0-4f89-11d3-9a0c-0305e82c3301) hoặc biểu thức ${...}.",
        },
    };

    private static readonly ElementTemplateTexts English = new()
    {
        Language = "en",
        InputsGroup = "Inputs",
        OutputsGroup = "Outputs (variables that receive the results)",
        OutputHint = "Name of the process variable that receives this value.",
        Yes = "Yes",
        No = "No",
        NoChoice = "(none)",
        PatternMessages = new Dictionary<ActivityValueKind, string>
        {
            [ActivityValueKind.Integer] = "Enter a whole number (e.g. 10) or an expression ${...}.",
            [ActivityValueKind.Number] = "Enter a number with a dot for decimals and no thousands separators (e.g. 1500000 or 12.5), or an expression ${...}.",
            [ActivityValueKind.Date] = "Enter a date as yyyy-MM-dd (e.g. 2024-05-31) or an expression ${...}.",
            [ActivityValueKind.DateTime] = "Enter an ISO 8601 date and time with an offset (e.g. 2024-05-31T08:00:00+07:00) or an expression ${...}.",
            [ActivityValueKind.Guid] = "Enter a GUID (e.g. 3f2504e0-4f89-11d3-9a0c-0305e82c3301) or an expression ${...}.",
        },
    };

    public required string Language { get; init; }

    public required string InputsGroup { get; init; }

    public required string OutputsGroup { get; init; }

    public required string OutputHint { get; init; }

    public required string Yes { get; init; }

    public required string No { get; init; }

    public required string NoChoice { get; init; }

    public required IReadOnlyDictionary<ActivityValueKind, string> PatternMessages { get; init; }

    /// <summary>Accepts "vi" and "en" and regional variants such as "vi-VN" or "en-US".</summary>
    public static ElementTemplateTexts For(string language)
    {
        ArgumentNullException.ThrowIfNull(language);
        if (Matches(language, "vi"))
        {
            return Vietnamese;
        }

        if (Matches(language, "en"))
        {
            return English;
        }

        throw new ArgumentException($"Language '{language}' is not supported; use \"vi\" or \"en\".", nameof(language));
    }

    private static bool Matches(string language, string code) =>
        language.Equals(code, StringComparison.OrdinalIgnoreCase)
        || (language.StartsWith(code, StringComparison.OrdinalIgnoreCase) && language.Length > code.Length && language[code.Length] is '-' or '_');
}
