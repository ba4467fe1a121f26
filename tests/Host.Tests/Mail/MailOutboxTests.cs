using Microsoft.Data.Sqlite;
using Thads.Host.Mail;

namespace Thads.Host.Tests.Mail;

public sealed class MailOutboxTests
{
    private static OutgoingMail Alert(string? dedupeKey = null, string to = "lanh.dao@thads.example.vn") => new()
    {
        To = [to],
        Subject = "Hồ sơ 123/2026 quá hạn",
        TextBody = "Quá hạn xác minh.",
        LinkPath = "/cases/123",
        DedupeKey = dedupeKey,
    };

    [Fact]
    public async Task Enqueued_mail_is_stored_pending_and_due_at_once()
    {
        await using var host = await MailTestHost.StartAsync();

        Assert.True(await host.Outbox.EnqueueAsync(Alert()));

        var row = Assert.Single(await host.RowsAsync());
        Assert.Equal(MailStatus.Pending, row.Status);
        Assert.Equal(0, row.Attempts);
        Assert.Equal(MailTestHost.Start.UtcTicks, row.CreatedAtTicks);
        Assert.Equal(MailTestHost.Start.UtcTicks, row.NextAttemptAtTicks);
        Assert.Equal("Hồ sơ 123/2026 quá hạn", row.Subject);
        Assert.Equal("lanh.dao@thads.example.vn", row.Recipients);
        Assert.Null(row.SentAtTicks);
    }

    [Fact]
    public async Task A_second_mail_with_the_same_dedupe_key_is_refused_and_not_stored()
    {
        await using var host = await MailTestHost.StartAsync();
        const string key = "escalation:123/2026:verification-overdue:2026-03-02";

        Assert.True(await host.Outbox.EnqueueAsync(Alert(key)));
        Assert.False(await host.Outbox.EnqueueAsync(Alert(key, to: "pho.truong@thads.example.vn")));

        var row = Assert.Single(await host.RowsAsync());
        Assert.Equal(key, row.DedupeKey);
        Assert.Equal("lanh.dao@thads.example.vn", row.Recipients);
    }

    [Fact]
    public async Task Concurrent_mails_with_the_same_dedupe_key_are_queued_exactly_once()
    {
        await using var host = await MailTestHost.StartAsync();

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => host.Outbox.EnqueueAsync(Alert("same-key")))));

        Assert.Single(results, queued => queued);
        Assert.Single(await host.RowsAsync());
    }

    [Fact]
    public async Task Mails_without_a_dedupe_key_or_with_different_keys_are_all_queued()
    {
        await using var host = await MailTestHost.StartAsync();

        Assert.True(await host.Outbox.EnqueueAsync(Alert()));
        Assert.True(await host.Outbox.EnqueueAsync(Alert()));
        Assert.True(await host.Outbox.EnqueueAsync(Alert("day-1")));
        Assert.True(await host.Outbox.EnqueueAsync(Alert("day-2")));

        Assert.Equal(4, (await host.RowsAsync()).Count);
    }

    [Fact]
    public async Task A_bad_recipient_or_link_fails_the_caller_and_stores_nothing()
    {
        await using var host = await MailTestHost.StartAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => host.Outbox.EnqueueAsync(Alert(to: "không-phải-địa-chỉ")));
        await Assert.ThrowsAsync<ArgumentException>(() => host.Outbox.EnqueueAsync(new OutgoingMail
        {
            To = ["a@thads.example.vn"], Subject = "x", TextBody = "y", LinkPath = "https://evil.example/",
        }));

        Assert.Empty(await host.RowsAsync());
    }

    [Fact]
    public async Task The_outbox_lives_in_the_application_database_with_its_own_migrations_history()
    {
        await using var host = await MailTestHost.StartAsync();

        await using var connection = new SqliteConnection($"Data Source={Path.Combine(host.TempDirectory, "data", "thads.db")}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'mail_%' ORDER BY name";
        var tables = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        Assert.Equal(["mail_migrations", "mail_outbox", "mail_settings"], tables);
    }
}
