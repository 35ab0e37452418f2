namespace Newsdesk.Storage;

/// <summary>
/// Picks the backend from the configuration: PostgreSQL when a connection string is given
/// (<c>Newsdesk:Database</c> / <c>NEWSDESK__DATABASE</c>), otherwise SQLite in the data folder.
/// </summary>
public static class DatabaseSelector
{
    /// <summary>The database, not yet touched (creates the data folder for SQLite, nothing else).</summary>
    public static Database Create(string? connectionString, string dataDir, TimeProvider time) =>
        string.IsNullOrWhiteSpace(connectionString)
            ? SqliteDatabase.Create(dataDir, time)
            : PostgresDatabase.Create(connectionString, time);

    /// <summary>
    /// Prepares and migrates the database. Safe to run from several processes at once. A SQLite
    /// file missing where one was created before is refused unless <paramref name="allowCreate"/>.
    /// </summary>
    public static Task InitializeAsync(Database database, TimeProvider time, CancellationToken ct, bool allowCreate = false) =>
        database.Dialect is SqliteDialect
            ? SqliteDatabase.InitializeAsync(database, time, ct, allowCreate)
            : Migrator.ApplyAsync(database, time, ct);
}
