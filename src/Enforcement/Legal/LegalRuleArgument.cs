namespace Thads.Enforcement.Legal;

/// <summary>The argument an <see cref="UnknownLegalRuleException"/> is about.</summary>
public enum LegalRuleArgument
{
    Rule,
    Kind,
}
