namespace Thads.Workflows.Parsing;

/// <summary>
/// The stable <see cref="BpmnProblem.Code"/> values. Tools translate and filter by these, so they never change
/// meaning; new rules get new codes.
/// </summary>
public static class BpmnProblemCodes
{
    public const string DocumentTooLarge = "document-too-large";
    public const string XmlDtdProhibited = "xml-dtd-prohibited";
    public const string XmlMalformed = "xml-malformed";
    public const string InvalidRootElement = "invalid-root-element";
    public const string NoExecutableProcess = "no-executable-process";
    public const string UnsupportedElement = "unsupported-element";
    public const string UnsupportedAttribute = "unsupported-attribute";
    public const string UnsupportedScriptLanguage = "unsupported-script-language";
    public const string MissingAttribute = "missing-attribute";
    public const string InvalidAttributeValue = "invalid-attribute-value";
    public const string MissingContent = "missing-content";
    public const string DuplicateId = "duplicate-id";
    public const string DanglingReference = "dangling-reference";
    public const string FlowCrossesScope = "flow-crosses-scope";
    public const string InconsistentFlowReference = "inconsistent-flow-reference";
    public const string InvalidAttachment = "invalid-attachment";
    public const string InvalidDefaultFlow = "invalid-default-flow";
    public const string ConditionalDefaultFlow = "conditional-default-flow";
    public const string ConditionOnParallelFlow = "condition-on-parallel-flow";
    public const string MissingStartEvent = "missing-start-event";
    public const string MultipleStartEvents = "multiple-start-events";
    public const string StartEventHasIncoming = "start-event-has-incoming";
    public const string EndEventHasOutgoing = "end-event-has-outgoing";
    public const string BoundaryEventHasIncoming = "boundary-event-has-incoming";
    public const string MissingIncomingFlow = "missing-incoming-flow";
    public const string MissingOutgoingFlow = "missing-outgoing-flow";
    public const string UnreachableNode = "unreachable-node";
    public const string MissingEventDefinition = "missing-event-definition";
    public const string ErrorBoundaryNotInterrupting = "error-boundary-not-interrupting";
    public const string MissingErrorCode = "missing-error-code";
    public const string InvalidTimer = "invalid-timer";
    public const string InvalidDueDate = "invalid-due-date";
    public const string InvalidMultiInstance = "invalid-multi-instance";
    public const string NestingTooDeep = "nesting-too-deep";
    public const string TooManyAttributes = "too-many-attributes";
    public const string TooManyProblems = "too-many-problems";
}
