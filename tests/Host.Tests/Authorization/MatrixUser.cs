using Thads.Enforcement.Demo;

namespace Thads.Host.Tests.Authorization;

/// <summary>The callers of the matrix: nobody, one demo account per role in the province, and a leader of another province.</summary>
public sealed record MatrixUser(string Key, string? UserName)
{
    public static readonly MatrixUser Anonymous = new("anonymous", null);
    public static readonly MatrixUser Administrator = new("admin", DemoOrganisation.Administrator);
    public static readonly MatrixUser Head = new("head", DemoOrganisation.Head);
    public static readonly MatrixUser Deputy = new("deputy", DemoOrganisation.Deputy);
    public static readonly MatrixUser Executor = new("executor", DemoOrganisation.ExecutorAn);
    public static readonly MatrixUser Intake = new("intake", DemoOrganisation.Intake);
    public static readonly MatrixUser Statistician = new("statistician", DemoOrganisation.Statistician);
    public static readonly MatrixUser Accountant = new("accountant", DemoOrganisation.Accountant);
    public static readonly MatrixUser OtherProvince = new("other-province", DemoOrganisation.OtherHead);

    public static readonly IReadOnlyList<MatrixUser> All =
        [Anonymous, Administrator, Head, Deputy, Executor, Intake, Statistician, Accountant, OtherProvince];

    public static readonly IReadOnlyList<MatrixUser> SignedIn = All.Where(u => u.UserName is not null).ToList();

    public override string ToString() => Key;
}
