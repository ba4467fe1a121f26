using Thads.Enforcement.Legal;
using Thads.Enforcement.Legal.Status;
using Thads.Enforcement.Organisation;

namespace Thads.Enforcement.Cases.Validation;

/// <summary>Ủy thác to another agency (Arts. 55–57; domain README §2.12).</summary>
internal static class DelegationValidator
{
    /// <returns>The ground of Art. 55 the delegation rests on; null when the target is refused.</returns>
    public static string? Validate(
        EnforcementCase c, UnitLineage sender, string? targetCode, UnitLineage? target, DateOnly date, CaseErrors errors)
    {
        var ground = TargetGround(c, sender, targetCode, target, date, errors);

        // Money collected is paid out within 10 days (Art. 47); a delegated case must not leave money behind with nobody in charge of it.
        var held = CaseFacts.HeldOnCase(c);
        if (held > 0)
        {
            errors.Add(CaseFields.Case, $"còn {LegalText.Vnd(held)} đã thu chưa chi trả; chi trả trước khi ủy thác (Điều 47).");
        }

        errors.NotBefore(CaseFields.DelegationDate, date, c.DecisionDate, "ngày ra quyết định thi hành án");
        return ground;
    }

    private static string? TargetGround(
        EnforcementCase c, UnitLineage sender, string? targetCode, UnitLineage? target, DateOnly date, CaseErrors errors)
    {
        if (string.IsNullOrWhiteSpace(targetCode))
        {
            errors.Add(CaseFields.TargetUnit, "chưa nhập.");
            return null;
        }

        if (target is null)
        {
            errors.Add(CaseFields.TargetUnit, $"không có đơn vị mã '{targetCode.Trim()}'.");
            return null;
        }

        var unit = target.Unit;
        if (unit.Id == c.UnitId)
        {
            errors.Add(CaseFields.TargetUnit, "trùng với đơn vị đang thụ lý hồ sơ.");
            return null;
        }

        var sameProvince = sender.Province is { } province && target.Province?.Id == province.Id;
        if (sameProvince && date >= LawDates.Reorganisation2025EffectiveFrom)
        {
            // CV 3769/BTP-TCTHADS (domain README §0.2, §2.12): from 01/07/2025 there is no delegation between the
            // offices of one province; moving the work inside the province is an internal handover.
            errors.Add(CaseFields.TargetUnit,
                $"{UnitRules.Describe(unit)} cùng tỉnh với đơn vị đang thụ lý ({sender.Province!.Name}): từ ngày {LegalText.Date(LawDates.Reorganisation2025EffectiveFrom)} " +
                $"không ủy thác giữa các cơ quan trong cùng một tỉnh ({LegalInstruments.Reorganisation2025}); hãy bàn giao nội bộ.");
            return null;
        }

        if (!UnitRules.CanReceiveDelegation(unit))
        {
            errors.Add(CaseFields.TargetUnit, $"{UnitRules.Describe(unit)} không phải cơ quan thi hành án nhận ủy thác (cơ quan THADS tỉnh, Chi cục THADS trước 01/07/2025 hoặc Phòng Thi hành án cấp quân khu; Điều 56, 57).");
            return null;
        }

        if (!unit.IsValidOn(date))
        {
            errors.Add(CaseFields.TargetUnit, $"{UnitRules.Describe(unit)} không hoạt động vào ngày {LegalText.Date(date)}.");
            return null;
        }

        return sameProvince ? LegalGroundCodes.DelegateWithinProvince : LegalGroundCodes.DelegateToAgency;
    }
}
