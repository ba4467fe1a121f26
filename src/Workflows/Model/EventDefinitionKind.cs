namespace Thads.Workflows.Model;

public enum EventDefinitionKind
{
    None,
    Terminate,
    Error,
    Timer,
    Message,
}
