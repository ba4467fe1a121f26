using Microsoft.EntityFrameworkCore;
using Thads.Enforcement.Cases.Validation;

namespace Thads.Enforcement.Cases;

public sealed partial class CaseService
{
    /// <summary>Records an asset of the debtor, found by verification or reported by the creditor.</summary>
    /// <exception cref="CaseValidationException">Nothing was saved.</exception>
    public async Task<Asset> AddAssetAsync(int caseId, AssetInput input, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        await using var db = await OpenAsync(actor, cancellationToken);
        var c = await LoadAsync(db, caseId, cancellationToken);
        var errors = new CaseErrors();
        AssetValidator.ValidateNew(c, input, Today, errors);
        errors.ThrowIfAny();

        var asset = new Asset
        {
            Description = input.Description.Trim(),
            Kind = input.Kind,
            OwnerPartyId = input.OwnerPartyId,
            EstimatedValue = input.EstimatedValue,
            State = AssetState.Identified,
            IdentifiedOn = input.IdentifiedOn,
        };
        c.Assets.Add(asset);
        Touch(c, db.AuditStamp!);
        await SaveAsync(db, c, cancellationToken);
        return asset;
    }

    /// <summary>Moves an asset one step on: seized (only while enforcement is organised), valued, auctioned.</summary>
    /// <exception cref="CaseValidationException">A step skipped or out of order, a missing price; nothing was saved.</exception>
    public async Task<Asset> RecordAssetStepAsync(int caseId, int assetId, AssetStepInput input, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        await using var db = await OpenAsync(actor, cancellationToken);
        var c = await LoadAsync(db, caseId, cancellationToken);
        var asset = await db.Assets.FirstOrDefaultAsync(a => a.Id == assetId && a.CaseId == caseId, cancellationToken);
        var errors = new CaseErrors();
        AssetValidator.ValidateStep(c, asset, input, Today, errors);
        errors.ThrowIfAny();

        asset!.State = input.State;
        switch (input.State)
        {
            case AssetState.Seized:
                asset.SeizedOn = input.On;
                break;
            case AssetState.Valued:
                asset.ValuedOn = input.On;
                asset.ValuedAmount = input.Amount;
                break;
            case AssetState.Auctioned:
                asset.AuctionedOn = input.On;
                asset.SoldAmount = input.Amount;
                break;
        }

        Touch(c, db.AuditStamp!);
        await SaveAsync(db, c, cancellationToken);
        return asset;
    }

    /// <summary>Records the metadata of a file the file store already holds.</summary>
    /// <exception cref="CaseValidationException">Nothing was saved.</exception>
    public async Task<Attachment> AddAttachmentAsync(int caseId, AttachmentInput input, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        await using var db = await OpenAsync(actor, cancellationToken);
        var c = await LoadAsync(db, caseId, cancellationToken);
        var errors = new CaseErrors();
        AttachmentValidator.Validate(input, errors);
        errors.ThrowIfAny();

        var stamp = db.AuditStamp!;
        var attachment = new Attachment
        {
            FileName = input.FileName.Trim(),
            ContentType = input.ContentType.Trim(),
            SizeBytes = input.SizeBytes,
            StorageKey = input.StorageKey.Trim(),
            UploadedAt = stamp.At,
            UploadedBy = stamp.Actor,
        };
        c.Attachments.Add(attachment);
        Touch(c, stamp);
        await SaveAsync(db, c, cancellationToken);
        return attachment;
    }
}
