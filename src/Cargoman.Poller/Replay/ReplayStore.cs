using Dapper;
using Npgsql;

namespace Cargoman.Poller.Replay;

/// <summary>
/// Reads which events the consumers processed, and keeps each publishing replay run's progress, in PostgreSQL.
/// </summary>
internal sealed class ReplayStore(NpgsqlDataSource dataSource)
{
    /// <summary>Returns the ids among <paramref name="eventIds"/> that are in <c>processed_events</c>.</summary>
    public async Task<HashSet<string>> FindProcessedAsync(IReadOnlyCollection<string> eventIds, CancellationToken cancellationToken)
    {
        if (eventIds.Count == 0)
        {
            return [];
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var ids = await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT event_id FROM processed_events WHERE event_id = ANY(@ids)",
            new { ids = eventIds.ToArray() },
            cancellationToken: cancellationToken));
        return ids.ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// Returns the newest unfinished run with the same <paramref name="resumeKey"/>, or a new run when there is none.
    /// </summary>
    public async Task<ReplayRun> StartOrResumeRunAsync(string resumeKey, Guid newRunId, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var existing = await connection.QueryFirstOrDefaultAsync<(Guid RunId, DateTime StartedAt)?>(new CommandDefinition(
            "SELECT run_id, started_at FROM replay_runs WHERE request = @resumeKey AND finished_at IS NULL ORDER BY started_at DESC LIMIT 1",
            new { resumeKey },
            cancellationToken: cancellationToken));

        if (existing is { } found)
        {
            var published = await connection.QueryAsync<string>(new CommandDefinition(
                "SELECT event_id FROM replay_published WHERE run_id = @runId",
                new { runId = found.RunId },
                cancellationToken: cancellationToken));
            return new ReplayRun(found.RunId, Resumed: true, published.ToHashSet(StringComparer.Ordinal));
        }

        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO replay_runs (run_id, request) VALUES (@newRunId, @resumeKey)",
            new { newRunId, resumeKey },
            cancellationToken: cancellationToken));
        return new ReplayRun(newRunId, Resumed: false, new HashSet<string>(StringComparer.Ordinal));
    }

    /// <summary>Records that the broker confirmed the run's message for an event.</summary>
    public async Task RecordPublishedAsync(Guid runId, string eventId, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO replay_published (run_id, event_id) VALUES (@runId, @eventId) ON CONFLICT DO NOTHING",
            new { runId, eventId },
            cancellationToken: cancellationToken));
    }

    /// <summary>Marks a run finished, so that a later run of the same request starts afresh.</summary>
    public async Task FinishRunAsync(Guid runId, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE replay_runs SET finished_at = now() WHERE run_id = @runId",
            new { runId },
            cancellationToken: cancellationToken));
    }
}
