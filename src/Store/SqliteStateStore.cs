using Microsoft.Data.Sqlite;
using Rememberizer.Contract.Fake.State;

namespace Rememberizer.Contract.Store;

/// <summary>
/// Tenants' logs in one SQLite file: a table of (tenant, sequence, change). Appends run in an immediate transaction
/// that first checks the tenant's last sequence, so processes sharing the file never record a stale decision; the
/// file is in WAL mode, so readers never wait for a writer.
/// </summary>
public sealed class SqliteStateStore : IStateStore, IDisposable
{
    public const string Scheme = "sqlite:";

    private readonly string _connectionString;

    // One connection kept open to ask PRAGMA data_version, which moves whenever any other connection (this process's
    // pool, or another process) commits to the file. Until it moves, a tenant's last sequence is the one last read:
    // the check every request makes costs this pragma instead of a pooled connection and a query.
    private readonly Lock _watchGate = new();
    private SqliteConnection? _watch;
    private SqliteCommand? _dataVersion;
    private bool _disposed;

    private SqliteStateStore(string path, string connectionString)
    {
        Path = path;
        _connectionString = connectionString;
    }

    public string Path { get; }

    public string Description => Scheme + Path;

    public bool IsDurable => true;

    public static SqliteStateStore OpenFile(string path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new StateStoreException("State:Store sqlite: needs a file, as in sqlite:mock-state.db.");
        }

        var full = System.IO.Path.GetFullPath(path);
        var store = new SqliteStateStore(full, new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString());
        try
        {
            store.Execute("""
                PRAGMA journal_mode = WAL;
                CREATE TABLE IF NOT EXISTS changes (
                    tenant TEXT NOT NULL,
                    sequence INTEGER NOT NULL,
                    change TEXT NOT NULL,
                    PRIMARY KEY (tenant, sequence)
                ) WITHOUT ROWID;
                """);
        }
        catch (SqliteException failure)
        {
            throw new StateStoreException($"The state file {full} cannot be used: {failure.Message}", failure);
        }

        return store;
    }

    public IEventLog Open(string tenant) => new Log(this, tenant);

    public void Dispose()
    {
        lock (_watchGate)
        {
            _disposed = true;
            _dataVersion?.Dispose();
            _watch?.Dispose();
            _dataVersion = null;
            _watch = null;
        }
    }

    internal long DataVersion()
    {
        lock (_watchGate)
        {
            // A new connection's version starts again from its own first value: a cached one could match it by chance.
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_dataVersion is null)
            {
                _watch = Connect();
                _dataVersion = _watch.CreateCommand();
                _dataVersion.CommandText = "PRAGMA data_version";
            }

            return (long)_dataVersion.ExecuteScalar()!;
        }
    }

    internal SqliteConnection Connect()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        return connection;
    }

    private void Execute(string sql)
    {
        using var connection = Connect();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private sealed class Log(SqliteStateStore store, string tenant) : IEventLog
    {
        private LastSeen? _lastSeen;

        public bool IsDurable => true;

        public async Task<IReadOnlyList<StoredEvent>> ReadAfterAsync(long sequence, CancellationToken cancel)
        {
            await using var connection = store.Connect();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT sequence, change FROM changes WHERE tenant = $tenant AND sequence > $after ORDER BY sequence";
            command.Parameters.AddWithValue("$tenant", tenant);
            command.Parameters.AddWithValue("$after", sequence);
            await using var reader = await command.ExecuteReaderAsync(cancel);
            var events = new List<StoredEvent>();
            while (await reader.ReadAsync(cancel))
            {
                events.Add(new StoredEvent(reader.GetInt64(0), reader.GetString(1)));
            }

            return events;
        }

        public async Task<long> LastSequenceAsync(CancellationToken cancel)
        {
            // The version is read before the query: a commit after it moves the version, so it is never missed.
            var version = store.DataVersion();
            if (Volatile.Read(ref _lastSeen) is { } seen && seen.DataVersion == version)
            {
                return seen.Sequence;
            }

            await using var connection = store.Connect();
            var last = await LastAsync(connection, null, cancel);
            Volatile.Write(ref _lastSeen, new LastSeen(version, last));
            return last;
        }

        public async Task<bool> TryAppendAsync(long afterSequence, IReadOnlyList<string> events)
        {
            await using var connection = store.Connect();
            await using var transaction = connection.BeginTransaction(deferred: false);
            if (await LastAsync(connection, transaction, CancellationToken.None) != afterSequence)
            {
                return false;
            }

            using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO changes (tenant, sequence, change) VALUES ($tenant, $sequence, $change)";
            var sequence = insert.Parameters.Add("$sequence", SqliteType.Integer);
            var change = insert.Parameters.Add("$change", SqliteType.Text);
            insert.Parameters.AddWithValue("$tenant", tenant);
            for (var i = 0; i < events.Count; i++)
            {
                sequence.Value = afterSequence + i + 1;
                change.Value = events[i];
                await insert.ExecuteNonQueryAsync();
            }

            await transaction.CommitAsync();
            return true;
        }

        public async Task DiscardBeforeAsync(long sequence, CancellationToken cancel)
        {
            await using var connection = store.Connect();
            using var command = connection.CreateCommand();
            command.CommandText = "DELETE FROM changes WHERE tenant = $tenant AND sequence < $first";
            command.Parameters.AddWithValue("$tenant", tenant);
            command.Parameters.AddWithValue("$first", sequence);
            await command.ExecuteNonQueryAsync(cancel);
        }

        private async Task<long> LastAsync(SqliteConnection connection, SqliteTransaction? transaction, CancellationToken cancel)
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "SELECT COALESCE(MAX(sequence), 0) FROM changes WHERE tenant = $tenant";
            command.Parameters.AddWithValue("$tenant", tenant);
            return (long)(await command.ExecuteScalarAsync(cancel))!;
        }
    }

    private sealed record LastSeen(long DataVersion, long Sequence);
}
