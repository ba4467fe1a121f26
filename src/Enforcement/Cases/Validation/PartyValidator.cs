using Thads.Enforcement.Cases.Configuration;

namespace Thads.Enforcement.Cases.Validation;

/// <summary>The parties of a new case.</summary>
internal static class PartyValidator
{
    private const string Item = "đương sự";

    public static void Validate(IReadOnlyList<PartyInput>? parties, IReadOnlyList<ObligationInput>? obligations, DateOnly today, CaseErrors errors)
    {
        parties ??= [];
        obligations ??= [];

        // Art. 3: a case enforces a debtor's obligation; without a debtor there is nothing to enforce.
        if (!parties.Any(p => p?.Role == PartyRole.Debtor))
        {
            errors.Add(CaseFields.Parties, "thiếu người phải thi hành án.");
        }

        // A creditor is needed unless everything is owed to the state budget (court fees, fines, confiscation: the
        // State is the creditor, domain README §3.1), which is also how ex-officio criminal cases come in.
        var stateBudgetOnly = obligations.Count > 0 && obligations.All(o => o is not null && o.Kind != ObligationKind.Private);
        if (!stateBudgetOnly && !parties.Any(p => p?.Role == PartyRole.Creditor))
        {
            errors.Add(CaseFields.Parties, "thiếu người được thi hành án (chỉ được bỏ trống khi mọi nghĩa vụ là khoản nộp ngân sách nhà nước).");
        }

        for (var i = 0; i < parties.Count; i++)
        {
            ValidateOne(parties[i], i, today, errors);
        }
    }

    private static void ValidateOne(PartyInput? party, int index, DateOnly today, CaseErrors errors)
    {
        if (party is null)
        {
            errors.Add(CaseFields.Parties, $"đương sự thứ {index + 1} trống.");
            return;
        }

        if (!Enum.IsDefined(party.Role))
        {
            errors.Add(CaseFields.PartyRole.At("Parties", index, Item), "không hợp lệ.");
        }

        if (!Enum.IsDefined(party.Kind))
        {
            errors.Add(CaseFields.PartyKind.At("Parties", index, Item), "không hợp lệ.");
        }

        var name = CaseFields.PartyName.At("Parties", index, Item);
        errors.Required(name, party.FullName);
        errors.MaxLength(name, party.FullName, CaseModel.NameMaxLength);
        errors.MaxLength(CaseFields.PartyIdNumber.At("Parties", index, Item), party.IdNumber, CaseModel.CodeMaxLength);
        errors.MaxLength(CaseFields.PartyAddress.At("Parties", index, Item), party.Address, CaseModel.TextMaxLength);

        var birth = CaseFields.PartyDateOfBirth.At("Parties", index, Item);
        if (party.DateOfBirth is not null && party.Kind == PartyKind.Organisation)
        {
            errors.Add(birth, "chỉ nhập cho cá nhân, không nhập cho tổ chức.");
        }

        errors.NotFuture(birth, party.DateOfBirth, today);
    }
}
