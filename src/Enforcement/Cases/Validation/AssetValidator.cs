using Thads.Enforcement.Cases.Configuration;
using Thads.Enforcement.Legal.Status;

namespace Thads.Enforcement.Cases.Validation;

/// <summary>Assets and the steps of their seizure, valuation and sale (domain README §2.14–2.15).</summary>
internal static class AssetValidator
{
    public static void ValidateNew(EnforcementCase c, AssetInput input, DateOnly today, CaseErrors errors)
    {
        if (c.Status is null || !c.IsOpen)
        {
            errors.Add(CaseFields.Case, $"hồ sơ đang ở trạng thái '{c.Status.Vietnamese()}', không ghi nhận tài sản.");
        }

        errors.Required(CaseFields.AssetDescription, input.Description);
        errors.MaxLength(CaseFields.AssetDescription, input.Description, CaseModel.TextMaxLength);
        if (!Enum.IsDefined(input.Kind))
        {
            errors.Add(CaseFields.AssetKind, "không hợp lệ.");
        }

        if (input.EstimatedValue is { } value)
        {
            errors.Positive(CaseFields.AssetEstimatedValue, value);
        }

        if (input.OwnerPartyId is not null && CaseFacts.FindParty(c, input.OwnerPartyId) is null)
        {
            errors.Add(CaseFields.AssetOwner, $"không có đương sự mã {input.OwnerPartyId} trong hồ sơ.");
        }

        errors.NotFuture(CaseFields.AssetIdentifiedOn, input.IdentifiedOn, today);
        errors.NotBefore(CaseFields.AssetIdentifiedOn, input.IdentifiedOn, c.JudgmentDate, "ngày bản án, quyết định");
    }

    public static void ValidateStep(EnforcementCase c, Asset? asset, AssetStepInput input, DateOnly today, CaseErrors errors)
    {
        if (asset is null)
        {
            errors.Add(CaseFields.Asset, "không có tài sản này trong hồ sơ.");
            return;
        }

        if (input.State != asset.State + 1 || !Enum.IsDefined(input.State))
        {
            errors.Add(CaseFields.AssetState, asset.State == AssetState.Auctioned
                ? "tài sản đã bán đấu giá, không còn bước xử lý nào."
                : $"tài sản đang ở bước '{asset.State.Vietnamese()}', bước tiếp theo phải là '{(asset.State + 1).Vietnamese()}'.");
        }

        // Seizure is a coercive measure: only after the voluntary period, against a debtor with conditions (Art. 46,
        // article numbers unconfirmed, domain README §2.14).
        if (input.State == AssetState.Seized && c.Status != EnforcementStatus.Executing)
        {
            errors.Add(CaseFields.AssetState, $"chỉ kê biên khi hồ sơ đang tổ chức thi hành án, hồ sơ đang ở trạng thái '{c.Status.Vietnamese()}' (Điều 46).");
        }

        if (input.State is AssetState.Valued or AssetState.Auctioned)
        {
            if (input.Amount is { } amount)
            {
                errors.Positive(CaseFields.AssetStepAmount, amount);
            }
            else
            {
                errors.Add(CaseFields.AssetStepAmount, "chưa nhập.");
            }
        }

        errors.NotFuture(CaseFields.AssetStepDate, input.On, today);
        errors.NotBefore(CaseFields.AssetStepDate, input.On, asset.AuctionedOn ?? asset.ValuedOn ?? asset.SeizedOn ?? asset.IdentifiedOn, "ngày của bước trước");
    }
}
