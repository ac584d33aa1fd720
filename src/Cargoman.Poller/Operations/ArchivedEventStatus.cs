namespace Cargoman.Poller.Operations;

/// <summary>The event that reached the archive last.</summary>
internal sealed record ArchivedEventStatus(string EventId, string Type, DateTimeOffset Created, string ReceivedBy, DateTimeOffset ArchivedAt);
