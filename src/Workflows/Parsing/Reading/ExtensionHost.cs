namespace Thads.Workflows.Parsing.Reading;

/// <summary>What kind of element an <c>extensionElements</c> belongs to, which decides the Camunda elements it may hold.</summary>
internal enum ExtensionHost
{
    /// <summary>Events, gateways, flows, processes: only harmless <c>camunda:properties</c>.</summary>
    Other,

    /// <summary>Tasks and subprocesses: also <c>camunda:inputOutput</c>.</summary>
    Activity,

    /// <summary>Call activities: also <c>camunda:in</c> and <c>camunda:out</c>.</summary>
    CallActivity,
}
