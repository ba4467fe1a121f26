using Thads.Enforcement.Cases.Configuration;
using Thads.Enforcement.Legal;
using Thads.Enforcement.Organisation;

namespace Thads.Enforcement.Cases.Validation;

/// <summary>The rules a new case must meet before it is registered.</summary>
internal static class IntakeValidator
{
    public static void Validate(CaseIntake intake, Unit? unit, bool numberTaken, DateOnly today, CaseErrors errors)
    {
        ValidateUnit(intake, unit, today, errors);
        errors.Required(CaseFields.CaseNumber, intake.CaseNumber);
        errors.MaxLength(CaseFields.CaseNumber, intake.CaseNumber, CaseModel.NumberMaxLength);
        if (numberTaken)
        {
            errors.Add(CaseFields.CaseNumber, $"'{intake.CaseNumber.Trim()}' đã có trong sổ thụ lý của đơn vị.");
        }

        if (!Enum.IsDefined(intake.IntakePath))
        {
            errors.Add(CaseFields.IntakePath, "không hợp lệ.");
        }

        if (!Enum.IsDefined(intake.JudgmentType))
        {
            errors.Add(CaseFields.JudgmentType, "không hợp lệ.");
        }

        if (intake.AcceptanceKind is not (AcceptanceKind.New or AcceptanceKind.CarriedOver))
        {
            errors.Add(CaseFields.AcceptanceKind, "chỉ được thụ lý mới hoặc năm trước chuyển sang; hồ sơ nhận ủy thác được tạo khi cơ quan khác ủy thác.");
        }

        ValidateJudgment(intake, today, errors);
        ValidateRequest(intake, today, errors);
        PartyValidator.Validate(intake.Parties, intake.Obligations, today, errors);
        ObligationValidator.Validate(intake.Obligations, intake.Parties, errors);
    }

    private static void ValidateUnit(CaseIntake intake, Unit? unit, DateOnly today, CaseErrors errors)
    {
        if (string.IsNullOrWhiteSpace(intake.UnitCode))
        {
            errors.Add(CaseFields.UnitCode, "chưa nhập.");
        }
        else if (unit is null)
        {
            errors.Add(CaseFields.UnitCode, $"không có đơn vị mã '{intake.UnitCode.Trim()}'.");
        }
        else if (!UnitRules.EnforcesCases(unit))
        {
            errors.Add(CaseFields.UnitCode, $"{UnitRules.Describe(unit)} không phải cơ quan tổ chức thi hành án.");
        }
        else if (intake.AcceptanceKind == AcceptanceKind.New && !unit.IsValidOn(today))
        {
            // Old units stay in the tree for history (domain README §1.1); new cases go to the units in force.
            errors.Add(CaseFields.UnitCode, $"{UnitRules.Describe(unit)} không hoạt động vào ngày {LegalText.Date(today)}.");
        }
    }

    private static void ValidateJudgment(CaseIntake intake, DateOnly today, CaseErrors errors)
    {
        errors.Required(CaseFields.CourtName, intake.CourtName);
        errors.MaxLength(CaseFields.CourtName, intake.CourtName, CaseModel.NameMaxLength);
        errors.Required(CaseFields.JudgmentNumber, intake.JudgmentNumber);
        errors.MaxLength(CaseFields.JudgmentNumber, intake.JudgmentNumber, CaseModel.NumberMaxLength);
        if (intake.JudgmentDate is null)
        {
            errors.Add(CaseFields.JudgmentDate, "chưa nhập.");
        }

        errors.NotFuture(CaseFields.JudgmentDate, intake.JudgmentDate, today);
        errors.NotFuture(CaseFields.JudgmentEffectiveDate, intake.JudgmentEffectiveDate, today);
        errors.NotBefore(CaseFields.JudgmentEffectiveDate, intake.JudgmentEffectiveDate, intake.JudgmentDate, "ngày bản án, quyết định");
        errors.NotFuture(CaseFields.JudgmentReceivedOn, intake.JudgmentReceivedOn, today);
        errors.NotBefore(CaseFields.JudgmentReceivedOn, intake.JudgmentReceivedOn, intake.JudgmentDate, "ngày bản án, quyết định");
    }

    /// <summary>Art. 36: a case on request starts with the request, which comes after the judgment it asks to enforce.</summary>
    private static void ValidateRequest(CaseIntake intake, DateOnly today, CaseErrors errors)
    {
        if (intake.IntakePath != IntakePath.OnRequest)
        {
            if (intake.RequestReceivedOn is not null || !string.IsNullOrWhiteSpace(intake.RequesterName))
            {
                errors.Add(CaseFields.RequestReceivedOn, "chỉ nhập khi thi hành án theo đơn yêu cầu.");
            }

            return;
        }

        if (intake.RequestReceivedOn is null)
        {
            errors.Add(CaseFields.RequestReceivedOn, "chưa nhập; hồ sơ theo đơn phải có ngày nhận đơn (Điều 36).");
        }

        errors.Required(CaseFields.RequesterName, intake.RequesterName);
        errors.MaxLength(CaseFields.RequesterName, intake.RequesterName, CaseModel.NameMaxLength);
        errors.NotFuture(CaseFields.RequestReceivedOn, intake.RequestReceivedOn, today);
        errors.NotBefore(CaseFields.RequestReceivedOn, intake.RequestReceivedOn, intake.JudgmentDate, "ngày bản án, quyết định");
    }
}
