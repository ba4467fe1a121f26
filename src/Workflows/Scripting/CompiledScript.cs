using Acornima.Ast;
using Jint;

namespace Thads.Workflows.Scripting;

/// <summary>
/// A parsed script plus the global names it reads, so each evaluation converts only the process variables the
/// script can actually see instead of every variable of the instance.
/// </summary>
internal sealed class CompiledScript
{
    public CompiledScript(Prepared<Script> prepared)
    {
        Prepared = prepared;
        FreeNames = prepared.ReferencedGlobals is { } globals ? [.. globals] : null;
    }

    public Prepared<Script> Prepared { get; }

    /// <summary>Identifiers referenced but not declared by the script; <c>null</c> when unknown (then every variable is exposed).</summary>
    public string[]? FreeNames { get; }
}
