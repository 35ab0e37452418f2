using Microsoft.Data.Sqlite;

namespace Newsdesk.Storage;

/// <summary>The outcome of a backup or a restore: where the copy went and what it holds.</summary>
public sealed record BackupResult(string Path, long Bytes, long SchemaVersion);

/// <summary>A backup or restore that cannot be done, with the reason in words.</summary>
public sealed class BackupException(string message) : Exception(message);

/// <summary>
/// Copies a live SQLite database with SQLite's online backup API, which reads a consistent
/// snapshot while other connections go on writing, and puts a copy back. Every copy is written
/// beside its target under a temporary name, checked, then renamed, so a failed or interrupted
/// backup or restore leaves the target as it was.
/// </summary>
public static class SqliteBackup
{
    /// <summary>The suffix of the copy of the database a restore replaced (nothing is thrown away).</summary>
    public const string ReplacedSuffix = ".before-restore";

    /// <summary>Writes a consistent copy of the data folder's database to <paramref name="destination"/> (which must not exist).</summary>
    public static BackupResult Backup(string dataDir, string destination)
    {
        var source = Path.Combine(Path.GetFullPath(dataDir), SqliteDatabase.FileName);
        if (!File.Exists(source))
        {
            throw new BackupException($"no database at {source}");
        }

        destination = Path.GetFullPath(destination);
        if (File.Exists(destination) || Directory.Exists(destination))
        {
            throw new BackupException($"{destination} already exists; a backup never overwrites a file");
        }

        using var from = Open(source, SqliteOpenMode.ReadOnly);
        var version = SchemaVersion(from, source);
        return new BackupResult(destination, CopyInto(from, destination), version);
    }

    /// <summary>
    /// Replaces the data folder's database with the backup's content. The database it replaces is
    /// kept beside it as <c>newsdesk.db.before-restore</c>. Run it while no newsdesk process uses
    /// the folder: the running process would otherwise keep the old file's state in memory.
    /// </summary>
    public static BackupResult Restore(string backup, string dataDir)
    {
        backup = Path.GetFullPath(backup);
        if (!File.Exists(backup))
        {
            throw new BackupException($"no backup at {backup}");
        }

        var folder = Path.GetFullPath(dataDir);
        Directory.CreateDirectory(folder);
        var target = Path.Combine(folder, SqliteDatabase.FileName);
        using var from = Open(backup, SqliteOpenMode.ReadOnly);
        var version = SchemaVersion(from, backup);
        if (version > Migrator.Latest)
        {
            throw new BackupException($"the backup's schema is version {version}, newer than this newsdesk knows (up to {Migrator.Latest})");
        }

        if (File.Exists(target))
        {
            var kept = target + ReplacedSuffix;
            File.Delete(kept);
            using var current = Open(target, SqliteOpenMode.ReadOnly);
            CopyInto(current, kept);
        }

        var staged = target + ".restoring";
        File.Delete(staged);
        var bytes = CopyInto(from, staged);
        SqliteConnection.ClearAllPools();
        foreach (var sidecar in new[] { target + "-wal", target + "-shm" })
        {
            // The old file's write-ahead log belongs to the old content; left in place it would be
            // replayed over the restored file.
            File.Delete(sidecar);
        }

        File.Move(staged, target, overwrite: true);
        return new BackupResult(target, bytes, version);
    }

    private static long CopyInto(SqliteConnection from, string destination)
    {
        var staged = destination + ".partial";
        File.Delete(staged);
        try
        {
            using (var to = Open(staged, SqliteOpenMode.ReadWriteCreate))
            {
                from.BackupDatabase(to);
                using var journal = to.CreateCommand();
                journal.CommandText = "PRAGMA journal_mode = DELETE";
                journal.ExecuteNonQuery();
                Check(to, staged);
            }

            File.Move(staged, destination);
            return new FileInfo(destination).Length;
        }
        catch
        {
            SqliteConnection.ClearAllPools();
            File.Delete(staged);
            throw;
        }
    }

    private static void Check(SqliteConnection connection, string path)
    {
        using var check = connection.CreateCommand();
        check.CommandText = "PRAGMA integrity_check";
        var result = check.ExecuteScalar() as string;
        if (result != "ok")
        {
            throw new BackupException($"the copy at {path} failed SQLite's integrity check: {result}");
        }
    }

    private static long SchemaVersion(SqliteConnection connection, string path)
    {
        try
        {
            using var query = connection.CreateCommand();
            query.CommandText = "SELECT MAX(version) FROM schema_migrations";
            return query.ExecuteScalar() is long version
                ? version
                : throw new BackupException($"{path} holds no migrated newsdesk database");
        }
        catch (SqliteException e)
        {
            throw new BackupException($"{path} is not a newsdesk database ({e.Message})");
        }
    }

    private static SqliteConnection Open(string path, SqliteOpenMode mode)
    {
        var connection = new SqliteConnection(ConnectionString(path, mode));
        connection.Open();
        return connection;
    }

    private static string ConnectionString(string path, SqliteOpenMode mode) =>
        new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false }.ToString();
}
