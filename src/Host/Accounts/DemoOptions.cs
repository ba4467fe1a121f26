namespace Thads.Host.Accounts;

/// <summary>The first-run demo data (<c>Demo:*</c>).</summary>
public sealed class DemoOptions
{
    public const string SectionName = "Demo";
    public const string SeedKey = SectionName + ":" + nameof(Seed);
    public const string InitialPasswordKey = SectionName + ":" + nameof(InitialPassword);

    /// <summary>Seed the demo organisation and one account per demo person when there are no accounts yet.</summary>
    public bool Seed { get; set; } = true;

    /// <summary>
    /// One fixed initial password for every demo account, so tests can sign in. Unset (the default), each account
    /// gets its own password from a cryptographic random generator.
    /// </summary>
    public string? InitialPassword { get; set; }
}
