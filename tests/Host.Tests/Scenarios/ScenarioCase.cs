namespace Thads.Host.Tests.Scenarios;

/// <summary>A case a scenario opened: its ids in the case store, its main process, and who works on it.</summary>
public sealed class ScenarioCase
{
    public required int Id { get; init; }

    /// <summary>The register number, also the business key of every process of the case.</summary>
    public required string Number { get; init; }

    public required int CreditorId { get; init; }

    public required int DebtorId { get; init; }

    /// <summary>Án phí: payable to the state budget (Art. 61 applies to it).</summary>
    public required int CourtFeeId { get; init; }

    public required long CourtFee { get; init; }

    /// <summary>The debt the judgment orders the debtor to pay the creditor.</summary>
    public required int PrivateDebtId { get; init; }

    public required long PrivateDebt { get; init; }

    public Guid InstanceId { get; set; }

    /// <summary>Set when the intake officer drafts it; the head signs this number.</summary>
    public string? DecisionNumber { get; set; }

    /// <summary>Set when the head assigns one.</summary>
    public string? Executor { get; set; }

    public long Total => CourtFee + PrivateDebt;
}
