namespace Cargoman.Consumers.Tests.Support;

/// <summary>One call that the Cargoman stand-in recorded.</summary>
public sealed record RecordedCall(string Method, string Path, int Status, string Body);
