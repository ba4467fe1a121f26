using Thads.Enforcement.Cases;

namespace Thads.Host.Cases.Timeline;

/// <summary>What the audit describer needs to name rows the audit refers to by id: parties, obligations, staff, units.</summary>
public sealed class CaseLookups(EnforcementCase c, StaffNames staff, IReadOnlyDictionary<int, string> units)
{
    private readonly Dictionary<int, string> _parties = c.Parties.ToDictionary(p => p.Id, p => p.FullName);
    private readonly Dictionary<int, string> _obligations = c.Obligations.ToDictionary(o => o.Id, o => o.Description);

    public StaffNames Staff => staff;

    public string? Party(int id) => _parties.GetValueOrDefault(id);

    public string? Obligation(int id) => _obligations.GetValueOrDefault(id);

    public string? Unit(int id) => units.GetValueOrDefault(id);
}
