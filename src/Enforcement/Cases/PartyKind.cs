namespace Thads.Enforcement.Cases;

/// <summary>Whether a party is a natural person (identified by CCCD/CMND) or an organisation (identified by its tax code, MST).</summary>
public enum PartyKind
{
    Person,
    Organisation,
}
