namespace Cargoman.Consumers.Sync;

/// <summary>
/// Thrown when Cargoman refuses a change that retrying cannot make it accept; the message goes to the error queue for an operator.
/// </summary>
internal sealed class SyncRejectedException(string message, Exception? innerException = null) : Exception(message, innerException);
