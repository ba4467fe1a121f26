using Thads.Workflows.Parsing;

namespace Thads.Host.Designer;

/// <summary>Vietnamese sentences for the engine's stable problem codes (<see cref="BpmnProblemCodes"/>).</summary>
internal static class ProblemTexts
{
    public const string UnknownActivity = "unknown-activity";
    public const string WrongProcessKey = "wrong-process-key";
    public const string UnknownForm = "unknown-form";
    public const string InvalidForm = "invalid-form";

    private static readonly Dictionary<string, string> Sentences = new(StringComparer.Ordinal)
    {
        [BpmnProblemCodes.DocumentTooLarge] = "Tệp quá lớn.",
        [BpmnProblemCodes.XmlDtdProhibited] = "Tệp có khai báo DTD; vì lý do an toàn hệ thống không nhận DTD.",
        [BpmnProblemCodes.XmlMalformed] = "Tệp không phải XML hợp lệ.",
        [BpmnProblemCodes.InvalidRootElement] = "Tệp không phải sơ đồ BPMN 2.0 (phần tử gốc phải là bpmn:definitions).",
        [BpmnProblemCodes.NoExecutableProcess] = "Sơ đồ không có quy trình nào được đánh dấu là thực thi được.",
        [BpmnProblemCodes.UnsupportedElement] = "Phần tử này không được bộ máy quy trình hỗ trợ.",
        [BpmnProblemCodes.UnsupportedAttribute] = "Thuộc tính này không được bộ máy quy trình hỗ trợ.",
        [BpmnProblemCodes.UnsupportedScriptLanguage] = "Ngôn ngữ kịch bản không được hỗ trợ (chỉ JavaScript).",
        [BpmnProblemCodes.MissingAttribute] = "Thiếu thuộc tính bắt buộc.",
        [BpmnProblemCodes.InvalidAttributeValue] = "Giá trị thuộc tính không hợp lệ.",
        [BpmnProblemCodes.MissingContent] = "Thiếu nội dung bắt buộc.",
        [BpmnProblemCodes.DuplicateId] = "Mã phần tử bị trùng.",
        [BpmnProblemCodes.DanglingReference] = "Tham chiếu tới phần tử không tồn tại.",
        [BpmnProblemCodes.FlowCrossesScope] = "Luồng nối hai phần tử ở hai phạm vi khác nhau (trong và ngoài quy trình con).",
        [BpmnProblemCodes.InconsistentFlowReference] = "Luồng khai báo không khớp với nguồn/đích của nó.",
        [BpmnProblemCodes.InvalidAttachment] = "Sự kiện biên phải gắn vào một hoạt động.",
        [BpmnProblemCodes.InvalidDefaultFlow] = "Luồng mặc định không xuất phát từ cổng này.",
        [BpmnProblemCodes.ConditionalDefaultFlow] = "Luồng mặc định không được có điều kiện.",
        [BpmnProblemCodes.ConditionOnParallelFlow] = "Luồng ra của cổng song song không được có điều kiện.",
        [BpmnProblemCodes.MissingStartEvent] = "Quy trình cần một sự kiện bắt đầu.",
        [BpmnProblemCodes.MultipleStartEvents] = "Quy trình chỉ được có một sự kiện bắt đầu thông thường.",
        [BpmnProblemCodes.StartEventHasIncoming] = "Sự kiện bắt đầu không được có luồng vào.",
        [BpmnProblemCodes.EndEventHasOutgoing] = "Sự kiện kết thúc không được có luồng ra.",
        [BpmnProblemCodes.BoundaryEventHasIncoming] = "Sự kiện biên không được có luồng vào.",
        [BpmnProblemCodes.MissingIncomingFlow] = "Phần tử không có luồng vào.",
        [BpmnProblemCodes.MissingOutgoingFlow] = "Phần tử không có luồng ra.",
        [BpmnProblemCodes.UnreachableNode] = "Không có đường nào từ sự kiện bắt đầu tới phần tử này.",
        [BpmnProblemCodes.MissingEventDefinition] = "Sự kiện cần định nghĩa hẹn giờ, thông điệp hoặc lỗi.",
        [BpmnProblemCodes.ErrorBoundaryNotInterrupting] = "Sự kiện biên bắt lỗi phải là loại ngắt hoạt động.",
        [BpmnProblemCodes.MissingErrorCode] = "Lỗi (bpmn:error) cần mã lỗi (errorCode).",
        [BpmnProblemCodes.InvalidTimer] = "Hẹn giờ không hợp lệ (dùng ISO 8601, ví dụ P5D, PT2H, R3/PT10M, hoặc biểu thức ${...}).",
        [BpmnProblemCodes.InvalidDueDate] = "Hạn xử lý không hợp lệ (dùng ngày hoặc khoảng thời gian ISO 8601, ví dụ P3D).",
        [BpmnProblemCodes.InvalidMultiInstance] = "Cấu hình đa thể hiện không hợp lệ.",
        [BpmnProblemCodes.NestingTooDeep] = "Quy trình con lồng nhau quá sâu.",
        [BpmnProblemCodes.TooManyAttributes] = "Phần tử có quá nhiều thuộc tính.",
        [BpmnProblemCodes.TooManyProblems] = "Quá nhiều lỗi; chỉ liệt kê những lỗi đầu tiên.",
        [UnknownActivity] = "Tác vụ dịch vụ dùng một hoạt động THADS chưa được đăng ký; chọn mẫu hoạt động trong bảng thuộc tính.",
        [WrongProcessKey] = "Mã quy trình không khớp với quy trình đang sửa.",
        [UnknownForm] = "Tác vụ người dùng tham chiếu tới biểu mẫu không tồn tại.",
        [InvalidForm] = "Biểu mẫu không hợp lệ.",
    };

    public static DesignerProblem From(BpmnProblem problem) =>
        new(problem.ElementId, problem.Code, Sentence(problem.Code), problem.Message, problem.Line, problem.Column);

    public static DesignerProblem Of(string? elementId, string code, string detail) => new(elementId, code, Sentence(code), detail, 0, 0);

    public static string Sentence(string code) => Sentences.GetValueOrDefault(code) ?? "Sơ đồ có lỗi.";

    /// <summary>Every code that has a sentence; tests check the engine's codes are all covered.</summary>
    public static IReadOnlyCollection<string> Codes => Sentences.Keys;
}
