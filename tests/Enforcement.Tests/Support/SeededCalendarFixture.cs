namespace Thads.Enforcement.Tests.Support;

/// <summary>One migrated and seeded database shared by the tests of a class that only read it.</summary>
public sealed class SeededCalendarFixture : IAsyncLifetime
{
    private CalendarDatabase? _database;

    internal CalendarDatabase Database => _database ?? throw new InvalidOperationException("The fixture has not been initialised.");

    public async Task InitializeAsync() => _database = await CalendarDatabase.CreateAsync();

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
