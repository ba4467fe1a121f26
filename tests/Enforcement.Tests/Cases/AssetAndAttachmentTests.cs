using Thads.Enforcement.Cases;
using static Thads.Enforcement.Tests.Support.Dates;

namespace Thads.Enforcement.Tests.Cases;

public sealed class AssetAndAttachmentTests : IAsyncLifetime
{
    private CaseWorld _world = null!;

    public async Task InitializeAsync() => _world = await CaseWorld.CreateAsync();

    public async Task DisposeAsync() => await _world.DisposeAsync();

    private CaseService Cases => _world.Service;

    [Fact]
    public async Task An_asset_goes_from_identified_to_seized_valued_and_auctioned_one_step_at_a_time()
    {
        var c = await _world.ExecutingAsync();
        var asset = await Cases.AddAssetAsync(c.Id, new AssetInput("Quyền sử dụng đất thửa 120, tờ bản đồ 5", AssetKind.RealEstate, D("2025-11-20"))
        {
            EstimatedValue = 900_000_000,
            OwnerPartyId = c.Debtor().Id,
        }, "chv.an");

        await _world.AssertRefusedAsync(c.Id, () => Cases.RecordAssetStepAsync(c.Id, asset.Id, new AssetStepInput(AssetState.Valued, D("2025-12-01")) { Amount = 1 }, "chv.an"), "State");
        await Cases.RecordAssetStepAsync(c.Id, asset.Id, new AssetStepInput(AssetState.Seized, D("2025-12-01")), "chv.an");
        await _world.AssertRefusedAsync(c.Id, () => Cases.RecordAssetStepAsync(c.Id, asset.Id, new AssetStepInput(AssetState.Valued, D("2025-12-10")), "chv.an"), "Amount");
        await Cases.RecordAssetStepAsync(c.Id, asset.Id, new AssetStepInput(AssetState.Valued, D("2025-12-10")) { Amount = 850_000_000 }, "chv.an");
        await Cases.RecordAssetStepAsync(c.Id, asset.Id, new AssetStepInput(AssetState.Auctioned, D("2026-02-10")) { Amount = 870_000_000 }, "chv.an");

        var stored = Assert.Single((await _world.ReloadAsync(c.Id)).Assets);
        Assert.Equal((AssetState.Auctioned, D("2025-12-01"), 850_000_000L, 870_000_000L), (stored.State, stored.SeizedOn!.Value, stored.ValuedAmount!.Value, stored.SoldAmount!.Value));
    }

    [Fact]
    public async Task Seizure_is_refused_before_enforcement_is_organised()
    {
        var c = await _world.DecidedAndAssignedAsync();
        var asset = await Cases.AddAssetAsync(c.Id, new AssetInput("Xe ô tô 43A-123.45", AssetKind.Vehicle, D("2025-11-10")), "chv.an");

        await _world.AssertRefusedAsync(c.Id, () => Cases.RecordAssetStepAsync(c.Id, asset.Id, new AssetStepInput(AssetState.Seized, D("2025-11-12")), "chv.an"), "State", "Điều 46");
    }

    [Fact]
    public async Task An_asset_with_a_negative_estimate_is_refused()
    {
        var c = await _world.DecidedAndAssignedAsync();

        await _world.AssertRefusedAsync(c.Id, () => Cases.AddAssetAsync(c.Id, new AssetInput("Xe máy", AssetKind.Vehicle, D("2025-11-10")) { EstimatedValue = -1 }, "chv.an"), "EstimatedValue");
    }

    [Fact]
    public async Task Attachment_metadata_is_stored_and_a_key_outside_the_file_store_is_refused()
    {
        var c = await _world.DecidedAndAssignedAsync();

        await _world.AssertRefusedAsync(c.Id, () => Cases.AddAttachmentAsync(c.Id, new AttachmentInput("qd.pdf", "application/pdf", 1200, "../../etc/passwd"), "chv.an"), "StorageKey");
        await _world.AssertRefusedAsync(c.Id, () => Cases.AddAttachmentAsync(c.Id, new AttachmentInput("qd.pdf", "application/pdf", 1200, "/var/lib/x"), "chv.an"), "StorageKey");
        await Cases.AddAttachmentAsync(c.Id, new AttachmentInput("Quyết định 15.pdf", "application/pdf", 48_213, "cases/2026/03/abc.pdf"), "chv.an");

        var attachment = Assert.Single((await _world.ReloadAsync(c.Id)).Attachments);
        Assert.Equal(("Quyết định 15.pdf", 48_213L, "chv.an"), (attachment.FileName, attachment.SizeBytes, attachment.UploadedBy));
    }
}
