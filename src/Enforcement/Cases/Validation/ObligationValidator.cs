using Thads.Enforcement.Cases.Configuration;

namespace Thads.Enforcement.Cases.Validation;

/// <summary>The obligations of a new case, each tied to its parties by index.</summary>
internal static class ObligationValidator
{
    private const string Item = "nghĩa vụ";

    public static void Validate(IReadOnlyList<ObligationInput>? obligations, IReadOnlyList<PartyInput>? parties, CaseErrors errors)
    {
        obligations ??= [];
        parties ??= [];
        for (var i = 0; i < obligations.Count; i++)
        {
            var obligation = obligations[i];
            if (obligation is null)
            {
                errors.Add(CaseFields.Obligations, $"nghĩa vụ thứ {i + 1} trống.");
                continue;
            }

            if (!Enum.IsDefined(obligation.Kind))
            {
                errors.Add(CaseFields.ObligationKind.At("Obligations", i, Item), "không hợp lệ.");
            }

            var description = CaseFields.ObligationDescription.At("Obligations", i, Item);
            errors.Required(description, obligation.Description);
            errors.MaxLength(description, obligation.Description, CaseModel.TextMaxLength);
            errors.Positive(CaseFields.ObligationAmount.At("Obligations", i, Item), obligation.Amount);
            CheckParty(parties, obligation.DebtorIndex, PartyRole.Debtor, CaseFields.ObligationDebtor.At("Obligations", i, Item), errors);
            var creditor = CaseFields.ObligationCreditor.At("Obligations", i, Item);
            if (obligation.Kind == ObligationKind.Private)
            {
                if (obligation.CreditorIndex is { } creditorIndex)
                {
                    CheckParty(parties, creditorIndex, PartyRole.Creditor, creditor, errors);
                }
                else
                {
                    errors.Add(creditor, "chưa chọn; nghĩa vụ trả cho đương sự phải có người được thi hành án.");
                }
            }
            else if (obligation.CreditorIndex is not null)
            {
                errors.Add(creditor, "khoản nộp ngân sách nhà nước không có người được thi hành án.");
            }
        }
    }

    private static void CheckParty(IReadOnlyList<PartyInput> parties, int index, PartyRole role, CaseField field, CaseErrors errors)
    {
        if (index < 0 || index >= parties.Count || parties[index] is null)
        {
            errors.Add(field, $"không có đương sự thứ {index + 1}.");
        }
        else if (parties[index].Role != role)
        {
            errors.Add(field, $"{parties[index].FullName} không phải {(role == PartyRole.Debtor ? "người phải thi hành án" : "người được thi hành án")}.");
        }
    }
}
