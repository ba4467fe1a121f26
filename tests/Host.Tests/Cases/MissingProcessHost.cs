namespace Thads.Host.Tests.Cases;

/// <summary>A host whose intake starts a process that is not deployed, so every start fails after the registration.</summary>
public sealed class MissingProcessHost : CasesHost
{
    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Cases:ProcessKey"] = "thads-not-deployed",
    };
}
