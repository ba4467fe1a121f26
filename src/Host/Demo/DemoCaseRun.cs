using Thads.Enforcement.Cases;
using Thads.Enforcement.Demo;

namespace Thads.Host.Demo;

/// <summary>A demo case while it is being driven: its spec, and the ids the later steps need.</summary>
public sealed class DemoCaseRun(DemoCaseSpec spec)
{
    public DemoCaseSpec Spec { get; } = spec;

    /// <summary>The case in the store; 0 until registered.</summary>
    public int CaseId { get; set; }

    /// <summary>The business key of its processes; the spec's number, or the receiving case's when driving a received delegation.</summary>
    public string Number { get; set; } = spec.CaseNumber;

    public string UnitCode { get; set; } = spec.UnitCode;

    public string Executor { get; set; } = spec.Executor;

    public string? DecisionNumber { get; set; }

    public DateOnly? DecisionDate { get; set; }

    /// <summary>The case as registered (judgment, request, parties), for the forms that repeat it.</summary>
    public EnforcementCase? Registered { get; private set; }

    /// <summary>Set when the debtor is notified: the next verification leaves the voluntary period first.</summary>
    public bool InVoluntaryPeriod { get; set; }

    /// <summary>The case the receiving agency got when this one was delegated.</summary>
    public int? ReceivingCaseId { get; set; }

    public IReadOnlyList<Party> Parties { get; set; } = [];

    public IReadOnlyList<Obligation> Obligations { get; set; } = [];

    public Party Debtor => Parties.First(p => p.Role == PartyRole.Debtor);

    public Party? Creditor => Parties.FirstOrDefault(p => p.Role == PartyRole.Creditor);

    public long Total => Obligations.Sum(o => o.Amount);

    public void Capture(EnforcementCase c)
    {
        Registered = c;
        CaseId = c.Id;
        Number = c.CaseNumber;
        Parties = c.Parties.OrderBy(p => p.Id).ToList();
        Obligations = c.Obligations.OrderBy(o => o.Id).ToList();
    }
}
