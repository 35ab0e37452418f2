using Dapper;

namespace Newsdesk.Storage;

/// <summary>Opens (creating when needed) the SQLite database of a data folder and migrates it.</summary>
public static class SqliteDatabase
{
    public const string FileName = "newsdesk.db";

    /// <summary>Creates the data folder and opens the database of it, migrated and ready.</summary>
    public static async Task<Database> OpenAsync(string dataDir, TimeProvider time, CancellationToken ct)
    {
        var database = Create(dataDir, time);
        await InitializeAsync(database, time, ct);
        return database;
    }

    /// <summary>The database of a data folder, not yet touched (no I/O but creating the folder).</summary>
    public static Database Create(string dataDir, TimeProvider time)
    {
        var folder = Path.GetFullPath(dataDir);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, FileName);
        var dialect = new SqliteDialect();
        return new Database(dialect, dialect.ConnectionString(path), time) { Describe = path };
    }

    /// <summary>Turns on WAL and applies the migrations the file has not seen. Safe to run from several processes at once.</summary>
    public static async Task InitializeAsync(Database database, TimeProvider time, CancellationToken ct)
    {

        // WAL is a property of the file: readers never block the writer, and a killed writer leaves
        // the last committed transaction intact. Setting it needs a moment without other writers,
        // so it is retried like any write.
        await database.ReadAsync(async connection =>
            await connection.ExecuteScalarAsync<string>(new CommandDefinition("PRAGMA journal_mode = WAL", cancellationToken: ct)), ct);
        await Migrator.ApplyAsync(database, time, ct);
    }
}
