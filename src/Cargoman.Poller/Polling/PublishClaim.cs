using Npgsql;

namespace Cargoman.Poller.Polling;

/// <summary>
/// An event id inserted into <c>published_events</c> in a transaction that is still open. Committing records the
/// event as published; disposing without a commit rolls the row back, so that a failed publish can be tried again.
/// </summary>
/// <remarks>
/// While the transaction is open, a second claim of the same id waits for it, then finds the row or, after a
/// rollback, takes the claim itself.
/// </remarks>
internal sealed class PublishClaim(NpgsqlConnection connection, NpgsqlTransaction transaction) : IAsyncDisposable
{
    /// <summary>Commits the claim; call it only after the broker confirmed the publish.</summary>
    public Task CommitAsync(CancellationToken cancellationToken) => transaction.CommitAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await transaction.DisposeAsync();
        await connection.DisposeAsync();
    }
}
