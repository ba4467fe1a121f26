namespace Thads.Workflows.Scripting;

/// <summary>A script or expression failed: a JavaScript error, a broken limit, or a non-boolean condition.</summary>
public sealed class ScriptException : Exception
{
    public ScriptException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}
