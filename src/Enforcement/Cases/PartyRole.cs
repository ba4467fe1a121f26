namespace Thads.Enforcement.Cases;

/// <summary>A party's side in the case (Art. 3 Luật THADS).</summary>
public enum PartyRole
{
    /// <summary>Người được thi hành án.</summary>
    Creditor,

    /// <summary>Người phải thi hành án.</summary>
    Debtor,

    /// <summary>Người có quyền lợi, nghĩa vụ liên quan.</summary>
    Related,
}
