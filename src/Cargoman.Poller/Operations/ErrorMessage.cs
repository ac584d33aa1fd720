namespace Cargoman.Poller.Operations;

/// <summary>
/// One message of an error queue, as <c>errors list</c> shows it.
/// </summary>
/// <param name="Reason">MassTransit's fault message, from the <c>MT-Fault-Message</c> header.</param>
internal sealed record ErrorMessage(string? MessageId, string? StripeEventId, string? MessageType, string? Reason, string? ExceptionType, string? FaultedAt);
