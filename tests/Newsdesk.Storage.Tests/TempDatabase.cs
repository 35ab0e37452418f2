using Dapper;
using Newsdesk.Storage;
using Newsdesk.Testing;
using Npgsql;

namespace Newsdesk.Storage.Tests;

/// <summary>The backends every storage test runs against (xunit MemberData).</summary>
public static class Backends
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    /// <summary>The variable holding an admin connection string to a PostgreSQL server for tests (scripts/services sets it).</summary>
    public const string PostgresVariable = "NEWSDESK_TEST_POSTGRES";

    public static TheoryData<string> All => [Sqlite, Postgres];

    /// <summary>The admin connection string; skips the test (fails under CI) when there is none.</summary>
    public static string PostgresAdmin()
    {
        var value = Environment.GetEnvironmentVariable(PostgresVariable);
        TestEnvironment.Need(!string.IsNullOrWhiteSpace(value), $"{PostgresVariable} (a PostgreSQL connection string) is not set");
        return value!;
    }
}

/// <summary>
/// A migrated database of its own for one test, deleted afterwards: SQLite in a fresh temporary
/// folder, or a fresh PostgreSQL database <c>newsdesk_test_GUID</c> on the test server.
/// </summary>
internal sealed class TempDatabase : IAsyncDisposable
{
    private readonly string? adminConnectionString;
    private readonly string? databaseName;

    private TempDatabase(string folder, Database database, string connectionString, string? admin = null, string? name = null)
    {
        Folder = folder;
        Database = database;
        ConnectionString = connectionString;
        adminConnectionString = admin;
        databaseName = name;
    }

    public string Folder { get; }

    public Database Database { get; }

    public string ConnectionString { get; }

    public bool IsPostgres => databaseName is not null;

    public string FilePath => Path.Combine(Folder, SqliteDatabase.FileName);

    public static async Task<TempDatabase> CreateAsync(string backend = Backends.Sqlite)
    {
        if (backend == Backends.Postgres)
        {
            return await CreatePostgresAsync(Backends.PostgresAdmin());
        }

        var folder = Path.Combine(Path.GetTempPath(), "newsdesk-test-" + Guid.NewGuid().ToString("N"));
        var database = await SqliteDatabase.OpenAsync(folder, TimeProvider.System, CancellationToken.None);
        return new TempDatabase(folder, database, new SqliteDialect().ConnectionString(Path.Combine(folder, SqliteDatabase.FileName)));
    }

    /// <summary>A fresh, empty (not migrated) PostgreSQL database's connection string, and a way to drop it.</summary>
    public static async Task<(string ConnectionString, Func<Task> Drop)> CreateEmptyPostgresAsync(string admin)
    {
        var name = "newsdesk_test_" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.ExecuteAsync($"CREATE DATABASE {name}");
        }

        var connectionString = new NpgsqlConnectionStringBuilder(admin) { Database = name }.ToString();
        return (connectionString, () => DropAsync(admin, name));
    }

    private static async Task<TempDatabase> CreatePostgresAsync(string admin)
    {
        var (connectionString, _) = await CreateEmptyPostgresAsync(admin);
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        var database = await PostgresDatabase.OpenAsync(connectionString, TimeProvider.System, CancellationToken.None);
        return new TempDatabase("", database, connectionString, admin, name);
    }

    private static async Task DropAsync(string admin, string name)
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(admin);
        await connection.ExecuteAsync($"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
    }

    public async ValueTask DisposeAsync()
    {
        if (IsPostgres)
        {
            await DropAsync(adminConnectionString!, databaseName!);
            return;
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a temp folder left behind is harmless.
        }
    }
}
