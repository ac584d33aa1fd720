using System.CommandLine;
using Cargoman.Infrastructure.Messaging;
using Cargoman.Poller.Operations;
using Microsoft.Extensions.DependencyInjection;

namespace Cargoman.Poller.CommandLine;

/// <summary>
/// The <c>errors list</c> and <c>errors redrive</c> commands over the consumers' error queue.
/// </summary>
internal static class ErrorsCommand
{
    public static Command Create()
    {
        var limit = new Option<int>("--limit") { Description = "The maximum number of messages to show.", DefaultValueFactory = _ => 50 };
        var list = new Command("list", $"Show the messages in {BrokerQueues.ErrorQueue} with the reason each failed; they stay in the queue.") { limit };
        list.SetAction((parseResult, cancellationToken) => WithQueuesAsync(async queues =>
        {
            var messages = await queues.ListAsync(BrokerQueues.ErrorQueue, parseResult.GetValue(limit), cancellationToken);
            Console.WriteLine($"{messages.Count} message(s) in {BrokerQueues.ErrorQueue}{(messages.Count == parseResult.GetValue(limit) ? " shown; raise --limit for more" : "")}");
            foreach (var message in messages)
            {
                Console.WriteLine($"{message.MessageId}  {message.StripeEventId ?? "-"}  {message.MessageType ?? "-"}  {message.FaultedAt ?? "-"}");
                Console.WriteLine($"    {message.ExceptionType ?? "-"}: {message.Reason ?? "no reason recorded"}");
            }

            return ExitCodes.Success;
        }));

        var all = new Option<bool>("--all") { Description = "Move every message back." };
        var messageIds = new Option<string[]>("--message-id") { Description = "Move back the message with this id, as errors list shows it; repeat for several." };
        var redrive = new Command("redrive", $"Move messages from {BrokerQueues.ErrorQueue} back to {SyncQueue.Name} for another try, once their cause is fixed.")
        {
            all, messageIds,
        };
        redrive.SetAction((parseResult, cancellationToken) =>
        {
            var ids = parseResult.GetValue(messageIds) ?? [];
            var everything = parseResult.GetValue(all);
            if (everything == (ids.Length > 0))
            {
                Console.Error.WriteLine("Give either --all or at least one --message-id.");
                return Task.FromResult(ExitCodes.InvalidRequest);
            }

            return WithQueuesAsync(async queues =>
            {
                var wanted = everything ? null : ids.ToHashSet(StringComparer.Ordinal);
                var moved = await queues.RedriveAsync(BrokerQueues.ErrorQueue, wanted, cancellationToken);
                Console.WriteLine($"Moved {moved.Count} message(s) from {BrokerQueues.ErrorQueue} to {SyncQueue.Name}");
                var missing = wanted?.Except(moved, StringComparer.Ordinal).ToList() ?? [];
                foreach (var id in missing)
                {
                    Console.Error.WriteLine($"Message {id} is not in {BrokerQueues.ErrorQueue}.");
                }

                return missing.Count > 0 ? ExitCodes.Failed : ExitCodes.Success;
            });
        });

        return new Command("errors", $"Inspect and re-drive the consumers' error queue, {BrokerQueues.ErrorQueue}.") { list, redrive };
    }

    private static async Task<int> WithQueuesAsync(Func<BrokerQueues, Task<int>> action)
    {
        using var host = OperatorHost.Build((services, configuration) =>
        {
            services.AddRabbitMqOptions(configuration);
            services.AddSingleton<BrokerQueues>();
        });
        if (!OperatorHost.CheckSettings(host))
        {
            return ExitCodes.InvalidRequest;
        }

        return await action(host.Services.GetRequiredService<BrokerQueues>());
    }
}
