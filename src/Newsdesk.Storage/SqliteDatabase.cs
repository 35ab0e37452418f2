using Dapper;

namespace Newsdesk.Storage;

/// <summary>Opens (creating when needed) the SQLite database of a data folder and migrates it.</summary>
public static class SqliteDatabase
{
    public const string FileName = "newsdesk.db";

    public static async Task<Database> OpenAsync(string dataDir, TimeProvider time, CancellationToken ct)
    {
        var folder = Path.GetFullPath(dataDir);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, FileName);
        var database = new Database(new SqliteDialect(), SqliteDialect.ConnectionString(path), time) { Describe = path };

        // WAL is a property of the file: readers never block the writer, and a killed writer leaves
        // the last committed transaction intact. Setting it needs a moment without other writers,
        // so it is retried like any write.
        await database.ReadAsync(async connection =>
            await connection.ExecuteScalarAsync<string>(new CommandDefinition("PRAGMA journal_mode = WAL", cancellationToken: ct)), ct);
        await Migrator.ApplyAsync(database, time, ct);
        return database;
    }
}
