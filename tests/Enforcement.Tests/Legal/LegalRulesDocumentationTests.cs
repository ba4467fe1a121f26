using Thads.Enforcement.Legal;
using static Thads.Enforcement.Tests.Support.Dates;

namespace Thads.Enforcement.Tests.Legal;

/// <summary>docs/domain.md maps each rule to its article (issue 4, "Done when"); a new row must be documented.</summary>
public sealed class LegalRulesDocumentationTests
{
    [Fact]
    public void Every_rule_and_kind_has_a_row_in_the_legal_rules_section_of_docs_domain_md()
    {
        var document = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "domain.md"));

        Assert.Contains("## Legal rules", document);
        Assert.All(LegalRuleBook.For(D("2026-07-01")).Rules, rule =>
            Assert.Contains($"| `{rule.Name}` | {(rule.Kind is null ? "–" : $"`{rule.Kind}`")}", document));
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ThadsWorkflow.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No ThadsWorkflow.sln above {AppContext.BaseDirectory}.");
    }
}
