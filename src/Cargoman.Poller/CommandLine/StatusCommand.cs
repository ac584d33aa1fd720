using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Cargoman.Infrastructure.Database;
using Cargoman.Infrastructure.Messaging;
using Cargoman.Poller.Operations;
using Microsoft.Extensions.DependencyInjection;

namespace Cargoman.Poller.CommandLine;

/// <summary>
/// The <c>status</c> command: the poller's position and lag, the archive, queue depths and the skipped-delivery counts.
/// </summary>
internal static class StatusCommand
{
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static Command Create()
    {
        var json = new Option<bool>("--json") { Description = "Print one JSON object instead of text, for scripts." };
        var command = new Command("status", "Show the poller's position and lag, the newest archived event, queue depths and counts of duplicate and ignored events.")
        {
            json,
        };

        command.SetAction(async (parseResult, cancellationToken) =>
        {
            using var host = OperatorHost.Build((services, configuration) =>
            {
                services.AddCargomanDatabase(configuration);
                services.AddRabbitMqOptions(configuration);
                services.AddSingleton<BrokerQueues>();
                services.AddSingleton<StatusReader>();
            });
            if (!OperatorHost.CheckSettings(host))
            {
                return ExitCodes.InvalidRequest;
            }

            await host.StartAsync(cancellationToken);
            var status = await host.Services.GetRequiredService<StatusReader>().ReadAsync(cancellationToken);
            await host.StopAsync(CancellationToken.None);

            Console.WriteLine(parseResult.GetValue(json) ? JsonSerializer.Serialize(status, s_json) : FormatText(status));
            return ExitCodes.Success;
        });

        return command;
    }

    public static string FormatText(PollerStatus status)
    {
        var lines = new List<string> { $"Now: {OperatorTime.Format(status.Now)}" };

        if (status.Positions.Count == 0)
        {
            lines.Add("Poller position: none stored yet (the poller has not run)");
        }

        foreach (var position in status.Positions)
        {
            lines.Add($"Poller position {position.Name}: {OperatorTime.Format(position.Watermark)}, {FormatAge(position.LagSeconds)} behind");
        }

        lines.Add(status.LastEventSeen is { } last
            ? $"Last event seen: {last.EventId} ({last.Type}), created {OperatorTime.Format(last.Created)}, received by {last.ReceivedBy} at {OperatorTime.Format(last.ArchivedAt)}"
            : "Last event seen: none; the archive is empty");
        lines.Add(status.NewestArchivedAgeSeconds is { } age
            ? $"Newest archived event: created {FormatAge(age)} ago"
            : "Newest archived event: none");

        foreach (var (queue, depth) in status.QueueDepths)
        {
            lines.Add($"Queue {queue}: {(depth is { } count ? count.ToString(CultureInfo.InvariantCulture) + " messages ready" : "does not exist yet")}");
        }

        lines.Add($"Duplicates: {status.Counters.GetValueOrDefault("duplicate")}");
        lines.Add($"Ignored: {status.Counters.GetValueOrDefault("ignored")}, of another mode or account: {status.Counters.GetValueOrDefault("other_account")}");
        return string.Join(Environment.NewLine, lines);
    }

    private static string FormatAge(double seconds)
    {
        var span = TimeSpan.FromSeconds(Math.Max(0, Math.Round(seconds)));
        return span.TotalDays >= 1
            ? string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalDays}d {span.Hours}h {span.Minutes}m")
            : string.Create(CultureInfo.InvariantCulture, $"{span.Hours}h {span.Minutes}m {span.Seconds}s");
    }
}
