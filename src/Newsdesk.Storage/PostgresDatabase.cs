namespace Newsdesk.Storage;

/// <summary>Opens the PostgreSQL database of a connection string and migrates it.</summary>
public static class PostgresDatabase
{
    /// <summary>Opens the database, migrated and ready. Safe to run from several processes at once.</summary>
    public static async Task<Database> OpenAsync(string connectionString, TimeProvider time, CancellationToken ct)
    {
        var database = Create(connectionString, time);
        await Migrator.ApplyAsync(database, time, ct);
        return database;
    }

    /// <summary>The database of a connection string, not yet touched (no I/O).</summary>
    public static Database Create(string connectionString, TimeProvider time) =>
        new(new PostgresDialect(), connectionString, time, StorageRetry.MaxServerAttempts) { Describe = PostgresDialect.Describe(connectionString) };
}
