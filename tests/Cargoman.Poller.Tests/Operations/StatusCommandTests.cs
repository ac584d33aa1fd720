using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Cargoman.Infrastructure.Database;
using Cargoman.Infrastructure.Messaging;
using Cargoman.Testing;
using Dapper;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using RabbitMQ.Client;

namespace Cargoman.Poller.Tests.Operations;

/// <summary>
/// Runs the built poller's <c>status</c> command against a migrated database and a virtual host seeded with a poller
/// position, archived events, counters and messages in the consumers' queue and its error queue.
/// </summary>
/// <remarks>
/// The command runs as its own process because it reads DATABASE_URL and RABBITMQ_URL from the environment and writes
/// to standard output, both process-wide. Its clock is the real one, so ages and lags are checked to the minute.
/// </remarks>
public sealed class StatusCommandTests : IAsyncLifetime
{
    private const string SyncQueueName = "cargoman-sync";
    private const string ErrorQueueName = "cargoman-sync_error";

    // Whole seconds, because the text output and PostgreSQL round-trips both keep them exactly.
    private static readonly DateTimeOffset s_now = DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds());
    private static readonly DateTimeOffset s_watermark = s_now.AddDays(-2).AddMinutes(-30);
    private static readonly DateTimeOffset s_newestCreated = s_now.AddHours(-3);
    private static readonly DateTimeOffset s_lastArchivedAt = s_now.AddMinutes(-5);

    private TestDatabase _database = null!;
    private TestVirtualHost _virtualHost = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _virtualHost = await TestVirtualHost.CreateAsync();
        await MigrateAsync();
        await SeedDatabaseAsync();
        await PublishAsync(SyncQueueName, 3);
        await PublishAsync(ErrorQueueName, 2);
    }

    public async Task DisposeAsync()
    {
        await _virtualHost.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Status_Text_ExitsWithZero()
    {
        var result = await RunStatusAsync();

        Assert.True(result.ExitCode == 0, $"Exit code {result.ExitCode}, standard error: {result.Error}");
    }

    [Fact]
    public async Task Status_Text_NamesEachFigure()
    {
        var output = (await RunStatusAsync()).Output;

        Assert.Contains($"Poller position poll: {Utc(s_watermark)}, 2d 0h 30m behind", output, StringComparison.Ordinal);
        Assert.Contains($"Last event seen: evt_status2 (invoice.paid), created {Utc(s_newestCreated)}, received by webhook at {Utc(s_lastArchivedAt)}", output, StringComparison.Ordinal);
        Assert.Contains("Newest archived event: created 3h 0m ", output, StringComparison.Ordinal);
        Assert.Contains($"Queue {SyncQueueName}: 3 messages ready", output, StringComparison.Ordinal);
        Assert.Contains($"Queue {ErrorQueueName}: 2 messages ready", output, StringComparison.Ordinal);
        Assert.Contains("Duplicates: 7", output, StringComparison.Ordinal);
        Assert.Contains("Ignored: 4, of another mode or account: 1", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_Json_ExitsWithZero()
    {
        var result = await RunStatusAsync("--json");

        Assert.True(result.ExitCode == 0, $"Exit code {result.ExitCode}, standard error: {result.Error}");
    }

    [Fact]
    public async Task Status_Json_HasPosition()
    {
        using var json = JsonDocument.Parse((await RunStatusAsync("--json")).Output);
        var positions = json.RootElement.GetProperty("positions");
        var position = positions[0];

        Assert.Equal(1, positions.GetArrayLength());
        Assert.Equal("poll", position.GetProperty("name").GetString());
        Assert.Equal(s_watermark, position.GetProperty("watermark").GetDateTimeOffset());
        Assert.InRange(position.GetProperty("lagSeconds").GetDouble(), (s_now - s_watermark).TotalSeconds, (s_now - s_watermark).TotalSeconds + 60);
    }

    [Fact]
    public async Task Status_Json_HasArchive()
    {
        using var json = JsonDocument.Parse((await RunStatusAsync("--json")).Output);
        var last = json.RootElement.GetProperty("lastEventSeen");

        Assert.Equal("evt_status2", last.GetProperty("eventId").GetString());
        Assert.Equal("invoice.paid", last.GetProperty("type").GetString());
        Assert.Equal(s_newestCreated, last.GetProperty("created").GetDateTimeOffset());
        Assert.Equal("webhook", last.GetProperty("receivedBy").GetString());
        Assert.Equal(s_lastArchivedAt, last.GetProperty("archivedAt").GetDateTimeOffset());
        Assert.InRange(json.RootElement.GetProperty("newestArchivedAgeSeconds").GetDouble(), 3 * 3600, 3 * 3600 + 60);
    }

    [Fact]
    public async Task Status_Json_HasQueueDepths()
    {
        using var json = JsonDocument.Parse((await RunStatusAsync("--json")).Output);
        var depths = json.RootElement.GetProperty("queueDepths");

        Assert.Equal(3, depths.GetProperty(SyncQueueName).GetInt32());
        Assert.Equal(2, depths.GetProperty(ErrorQueueName).GetInt32());
    }

    [Fact]
    public async Task Status_Json_HasCounters()
    {
        using var json = JsonDocument.Parse((await RunStatusAsync("--json")).Output);
        var counters = json.RootElement.GetProperty("counters");

        Assert.Equal(7, counters.GetProperty("duplicate").GetInt64());
        Assert.Equal(4, counters.GetProperty("ignored").GetInt64());
        Assert.Equal(1, counters.GetProperty("other_account").GetInt64());
    }

    [Fact]
    public async Task Status_EmptyServers_ReportsNone()
    {
        await using var empty = await TestDatabase.CreateAsync();
        await using var emptyHost = await TestVirtualHost.CreateAsync();

        var output = (await RunStatusAsync(empty.Url, emptyHost.Url)).Output;

        Assert.Contains("Poller position: none stored yet", output, StringComparison.Ordinal);
        Assert.Contains("Last event seen: none; the archive is empty", output, StringComparison.Ordinal);
        Assert.Contains("Newest archived event: none", output, StringComparison.Ordinal);
        Assert.Contains($"Queue {SyncQueueName}: does not exist yet", output, StringComparison.Ordinal);
        Assert.Contains($"Queue {ErrorQueueName}: does not exist yet", output, StringComparison.Ordinal);
        Assert.Contains("Duplicates: 0", output, StringComparison.Ordinal);
    }

    private Task<CommandResult> RunStatusAsync(params string[] options) => RunStatusAsync(_database.Url, _virtualHost.Url, options);

    private static async Task<CommandResult> RunStatusAsync(string databaseUrl, string rabbitMqUrl, params string[] options)
    {
        var startInfo = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        startInfo.ArgumentList.Add(RepositoryPaths.Program("src/Cargoman.Poller"));
        startInfo.ArgumentList.Add("status");
        foreach (var option in options)
        {
            startInfo.ArgumentList.Add(option);
        }

        startInfo.Environment["DATABASE_URL"] = databaseUrl;
        startInfo.Environment["RABBITMQ_URL"] = rabbitMqUrl;

        using var process = Process.Start(startInfo)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return new CommandResult(process.ExitCode, await output, await error);
    }

    private async Task MigrateAsync()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Database:Url"] = _database.Url })
            .Build();
        var services = new ServiceCollection().AddLogging().AddCargomanDatabase(configuration);
        await using var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<MigrationRunner>().MigrateAsync(CancellationToken.None);
    }

    private async Task SeedDatabaseAsync()
    {
        await using var dataSource = NpgsqlDataSource.Create(PostgresUrl.Parse(_database.Url).ConnectionString);
        await using var connection = await dataSource.OpenConnectionAsync();

        await connection.ExecuteAsync(
            "INSERT INTO poller_position (name, start_at, watermark, updated_at) VALUES ('poll', @StartAt, @Watermark, @UpdatedAt)",
            new { StartAt = s_now.AddDays(-10).UtcDateTime, Watermark = s_watermark.UtcDateTime, UpdatedAt = s_now.AddSeconds(-30).UtcDateTime });

        // evt_status2 is both the newest by creation and the last to reach the archive.
        const string Archive =
            """
            INSERT INTO event_archive (event_id, event_type, created, customer_id, received_by, raw_json, archived_at)
            VALUES (@EventId, @Type, @Created, 'cus_status', @ReceivedBy, '{}', @ArchivedAt)
            """;
        await connection.ExecuteAsync(Archive, new[]
        {
            new { EventId = "evt_status1", Type = "customer.subscription.created", Created = s_now.AddDays(-1).UtcDateTime, ReceivedBy = "poll", ArchivedAt = s_now.AddHours(-20).UtcDateTime },
            new { EventId = "evt_status2", Type = "invoice.paid", Created = s_newestCreated.UtcDateTime, ReceivedBy = "webhook", ArchivedAt = s_lastArchivedAt.UtcDateTime },
        });

        await connection.ExecuteAsync(
            "INSERT INTO event_counters (name, count) VALUES ('duplicate', 7), ('ignored', 4), ('other_account', 1)");
    }

    private async Task PublishAsync(string queue, int count)
    {
        var url = AmqpUrl.Parse(_virtualHost.Url);
        var factory = new ConnectionFactory
        {
            HostName = url.Host,
            Port = url.Port,
            VirtualHost = url.VirtualHost,
            UserName = url.Username,
            Password = url.Password,
        };
        await using var connection = await factory.CreateConnectionAsync();
        var channelOptions = new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true);
        await using var channel = await connection.CreateChannelAsync(channelOptions);
        await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false);

        for (var i = 0; i < count; i++)
        {
            var properties = new BasicProperties { MessageId = Guid.NewGuid().ToString(), Persistent = true };
            await channel.BasicPublishAsync("", queue, mandatory: true, properties, Encoding.UTF8.GetBytes("{}"));
        }
    }

    private static string Utc(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);

    private sealed record CommandResult(int ExitCode, string Output, string Error);
}
