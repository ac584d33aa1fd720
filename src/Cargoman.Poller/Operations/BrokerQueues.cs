using System.Text;
using System.Text.Json;
using Cargoman.Infrastructure.Messaging;
using Cargoman.Poller.Polling;
using Microsoft.Extensions.Options;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Cargoman.Poller.Operations;

/// <summary>
/// Reads queue depths and error queues over AMQP, without RabbitMQ's management plugin, and moves error messages back.
/// </summary>
/// <remarks>
/// Listing takes each message with basic.get and leaves it unacknowledged until the channel closes, so RabbitMQ puts
/// every message back in its place. Re-driving publishes the body and headers to the consumers' queue through the
/// default exchange, waits for the broker's confirm, and only then acknowledges the message in the error queue, so a
/// failure midway can repeat a message but never lose one.
/// </remarks>
internal sealed class BrokerQueues(IOptions<RabbitMqOptions> options)
{
    public const string ErrorQueue = SyncQueue.Name + "_error";

    /// <summary>Returns the number of ready messages in <paramref name="queue"/>, or null when the queue does not exist.</summary>
    public async Task<uint?> CountAsync(string queue, CancellationToken cancellationToken)
    {
        await using var connection = await ConnectAsync(cancellationToken);
        await using var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
        try
        {
            var declared = await channel.QueueDeclarePassiveAsync(queue, cancellationToken);
            return declared.MessageCount;
        }
        catch (OperationInterruptedException exception) when (exception.ShutdownReason?.ReplyCode == 404)
        {
            return null;
        }
    }

    /// <summary>Returns up to <paramref name="limit"/> messages of <paramref name="queue"/> and leaves them in it.</summary>
    public async Task<List<ErrorMessage>> ListAsync(string queue, int limit, CancellationToken cancellationToken)
    {
        // basic.get on a missing queue closes the channel with 404; the queue appears with the first failed message.
        if (await CountAsync(queue, cancellationToken) is null)
        {
            return [];
        }

        await using var connection = await ConnectAsync(cancellationToken);
        await using var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
        var messages = new List<ErrorMessage>();
        while (messages.Count < limit)
        {
            var result = await channel.BasicGetAsync(queue, autoAck: false, cancellationToken);
            if (result is null)
            {
                break;
            }

            messages.Add(Describe(result));
        }

        // Closing the channel returns every unacknowledged message to the queue.
        await channel.CloseAsync(cancellationToken);
        return messages;
    }

    /// <summary>
    /// Moves the messages of <paramref name="queue"/> whose message id is in <paramref name="messageIds"/>, or every
    /// message when it is null, to the consumers' queue. Returns the ids of the messages moved.
    /// </summary>
    public async Task<List<string>> RedriveAsync(string queue, IReadOnlySet<string>? messageIds, CancellationToken cancellationToken)
    {
        if (await CountAsync(queue, cancellationToken) is null)
        {
            return [];
        }

        await using var connection = await ConnectAsync(cancellationToken);
        var channelOptions = new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true);
        await using var channel = await connection.CreateChannelAsync(channelOptions, cancellationToken);

        // The messages taken stay unacknowledged until this pass ends, so basic.get does not return one twice.
        var moved = new List<string>();
        while (true)
        {
            var result = await channel.BasicGetAsync(queue, autoAck: false, cancellationToken);
            if (result is null)
            {
                break;
            }

            var messageId = result.BasicProperties.MessageId ?? "";
            if (messageIds is not null && !messageIds.Contains(messageId))
            {
                continue;
            }

            var properties = new BasicProperties(result.BasicProperties) { Headers = WithoutFaultHeaders(result.BasicProperties.Headers) };
            await channel.BasicPublishAsync("", SyncQueue.Name, mandatory: true, properties, result.Body, cancellationToken);
            await channel.BasicAckAsync(result.DeliveryTag, multiple: false, cancellationToken);
            moved.Add(messageId);
        }

        await channel.CloseAsync(cancellationToken);
        return moved;
    }

    private async Task<IConnection> ConnectAsync(CancellationToken cancellationToken)
    {
        var url = AmqpUrl.Parse(options.Value.Url);
        var factory = new ConnectionFactory
        {
            HostName = url.Host,
            Port = url.Port,
            VirtualHost = url.VirtualHost,
            UserName = url.Username,
            Password = url.Password,
            ClientProvidedName = "Cargoman.Poller operator command",
        };
        if (url.UseTls)
        {
            factory.Ssl = new SslOption(url.Host, enabled: true);
        }

        return await factory.CreateConnectionAsync(cancellationToken);
    }

    /// <summary>Drops MassTransit's fault headers, so that a message that fails again gets fresh ones.</summary>
    private static Dictionary<string, object?>? WithoutFaultHeaders(IDictionary<string, object?>? headers) =>
        headers?
            .Where(pair => !pair.Key.StartsWith("MT-Fault-", StringComparison.Ordinal) && pair.Key != "MT-Reason")
            .ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);

    private static ErrorMessage Describe(BasicGetResult result)
    {
        var headers = result.BasicProperties.Headers ?? new Dictionary<string, object?>();
        return new ErrorMessage(
            result.BasicProperties.MessageId,
            HeaderText(headers, EventPublisher.StripeEventIdHeader),
            ReadMessageType(result.Body),
            HeaderText(headers, "MT-Fault-Message"),
            HeaderText(headers, "MT-Fault-ExceptionType"),
            HeaderText(headers, "MT-Fault-Timestamp"));
    }

    private static string? HeaderText(IDictionary<string, object?> headers, string name) =>
        headers.TryGetValue(name, out var value) ? value switch
        {
            byte[] bytes => Encoding.UTF8.GetString(bytes),
            null => null,
            _ => value.ToString(),
        } : null;

    /// <summary>Returns the first entry of the MassTransit envelope's <c>messageType</c> list, such as <c>urn:message:Cargoman.Contracts:InvoicePaid</c>.</summary>
    private static string? ReadMessageType(ReadOnlyMemory<byte> body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.TryGetProperty("messageType", out var types) && types.ValueKind == JsonValueKind.Array && types.GetArrayLength() > 0
                ? types[0].GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
