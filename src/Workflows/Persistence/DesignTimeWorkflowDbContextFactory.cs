using Microsoft.EntityFrameworkCore.Design;

namespace Thads.Workflows.Persistence;

/// <summary>Lets <c>dotnet ef migrations add</c> build the context without a host.</summary>
internal sealed class DesignTimeWorkflowDbContextFactory : IDesignTimeDbContextFactory<WorkflowDbContext>
{
    public WorkflowDbContext CreateDbContext(string[] args) => new(WorkflowDatabase.Sqlite("Data Source=design-time.db"));
}
