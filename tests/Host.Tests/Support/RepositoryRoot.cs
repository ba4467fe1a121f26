namespace Thads.Host.Tests.Support;

/// <summary>The checkout the tests were built from, for tests that read source files (pages, translations).</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "ThadsWorkflow.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No ThadsWorkflow.sln above {AppContext.BaseDirectory}.");
    }
}
