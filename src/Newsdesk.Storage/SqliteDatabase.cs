using Dapper;
using Microsoft.Data.Sqlite;

namespace Newsdesk.Storage;

/// <summary>
/// Opens the SQLite database of a data folder and migrates it. A database is created only where
/// none was before: a marker file beside it (<see cref="MarkerName"/>) records that one was made
/// here, so a database deleted or moved away is reported at the next start instead of silently
/// replaced by an empty one (unless the caller asks for a fresh one: <c>--create</c>).
/// </summary>
public static class SqliteDatabase
{
    public const string FileName = "newsdesk.db";

    /// <summary>
    /// Written beside the database when it is created; its presence without the database means the
    /// database was lost. Hidden, and not matched by <c>newsdesk.db*</c>, so that the commands that
    /// delete a database (<c>rm newsdesk.db*</c>, <c>rm data/*</c>) leave it.
    /// </summary>
    public const string MarkerName = "." + FileName + ".created";

    /// <summary>Creates the data folder and opens the database of it, migrated and ready.</summary>
    public static async Task<Database> OpenAsync(string dataDir, TimeProvider time, CancellationToken ct, bool allowCreate = false)
    {
        var database = Create(dataDir, time);
        await InitializeAsync(database, time, ct, allowCreate);
        return database;
    }

    /// <summary>The database of a data folder, not yet touched (no I/O but creating the folder).</summary>
    public static Database Create(string dataDir, TimeProvider time)
    {
        var folder = Path.GetFullPath(dataDir);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, FileName);
        var dialect = new SqliteDialect();
        return new Database(dialect, dialect.ConnectionString(path, create: false), time)
        {
            Describe = path,
            Watch = new DatabaseWatch(path),
        };
    }

    /// <summary>
    /// Creates the file when this folder never had one (or <paramref name="allowCreate"/>), turns on
    /// WAL, applies the migrations the file has not seen and pins the file's identity for the watch.
    /// Safe to run from several processes at once.
    /// </summary>
    /// <exception cref="DatabaseMissingException">The database is missing where one was created before.</exception>
    public static async Task InitializeAsync(Database database, TimeProvider time, CancellationToken ct, bool allowCreate = false)
    {
        var path = database.Describe;
        var marker = Path.Combine(Path.GetDirectoryName(path) ?? ".", MarkerName);
        if (!File.Exists(path))
        {
            if (File.Exists(marker) && !allowCreate)
            {
                throw new DatabaseMissingException(
                    $"the database {path} is missing, but one was created here before ({await DescribeMarkerAsync(marker, ct)}): " +
                    "it was deleted or moved, and everything in it is gone from here. Restore it, or start with --create to begin an empty one");
            }

            var creating = new SqliteConnectionStringBuilder(new SqliteDialect().ConnectionString(path, create: true)) { Pooling = false };
            await using var create = new SqliteConnection(creating.ToString());
            await create.OpenAsync(ct);
        }

        WriteMarker(marker, time);

        // WAL is a property of the file: readers never block the writer, and a killed writer leaves
        // the last committed transaction intact. Setting it needs a moment without other writers,
        // so it is retried like any write.
        await database.ReadAsync(async connection =>
            await connection.ExecuteScalarAsync<string>(new CommandDefinition("PRAGMA journal_mode = WAL", cancellationToken: ct)), ct);
        await Migrator.ApplyAsync(database, time, ct);
        database.Watch.Pin();
    }

    private static void WriteMarker(string marker, TimeProvider time)
    {
        if (File.Exists(marker))
        {
            return;
        }

        try
        {
            using var file = new FileStream(marker, FileMode.CreateNew, FileAccess.Write);
            using var writer = new StreamWriter(file);
            writer.Write($"A Newsdesk database was created here (first seen {time.GetUtcNow():yyyy-MM-dd HH:mm:ss} UTC). " +
                $"While this file exists, a missing {FileName} means the database was lost: newsdesk refuses to start without --create.\n");
        }
        catch (IOException) when (File.Exists(marker))
        {
            // Another process wrote it first.
        }
    }

    private static async Task<string> DescribeMarkerAsync(string marker, CancellationToken ct)
    {
        var text = await File.ReadAllTextAsync(marker, ct);
        var start = text.IndexOf("first seen ", StringComparison.Ordinal);
        var end = start < 0 ? -1 : text.IndexOf(')', start);
        return start >= 0 && end > start ? text[start..end] : $"see {marker}";
    }
}
