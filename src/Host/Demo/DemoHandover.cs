using Thads.Enforcement.Demo;

namespace Thads.Host.Demo;

/// <summary>
/// A leaving executor hands his cases and the money he holds to another (bàn giao, domain README §2.13): he prepares
/// the list, and the leader's approval waits, so the demo shows a handover task.
/// </summary>
public sealed class DemoHandover(DemoWorld world, string businessKey)
{
    public const string From = DemoStaff.ExecutorCuong;
    public const string To = DemoOrganisation.ExecutorBinh;

    public string BusinessKey => businessKey;

    public async Task PrepareAsync(IReadOnlyList<DemoCaseRun> runs, CancellationToken cancellationToken)
    {
        await world.StartAsync("thads-handover", businessKey, new Dictionary<string, object?>
        {
            ["unitCode"] = DemoOrganisation.Province,
            ["fromExecutor"] = From,
            ["toExecutor"] = To,
        }, DemoOrganisation.Head, cancellationToken);
        await world.CompleteAsync(businessKey, "prepareHandover", From, new Dictionary<string, object?>
        {
            ["handoverReason"] = "nghi-viec",
            ["fromExecutor"] = From,
            ["toExecutor"] = To,
            ["moneyAmount"] = await world.Cases.HeldBalanceAsync(From, cancellationToken),
            ["caseList"] = string.Join(", ", runs.Select(r => r.Number)),
            ["assetList"] = "Không có tài sản đang quản lý.",
            ["handoverDate"] = DemoCaseDriver.Iso(world.Clock.Today),
        }, cancellationToken);
    }
}
