using Newsdesk.Storage;

namespace Newsdesk.Storage.Tests;

/// <summary>A migrated SQLite database in a fresh temporary folder, deleted afterwards.</summary>
internal sealed class TempDatabase : IAsyncDisposable
{
    private TempDatabase(string folder, Database database)
    {
        Folder = folder;
        Database = database;
    }

    public string Folder { get; }

    public Database Database { get; }

    public string FilePath => Path.Combine(Folder, SqliteDatabase.FileName);

    public static async Task<TempDatabase> CreateAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "newsdesk-test-" + Guid.NewGuid().ToString("N"));
        return new TempDatabase(folder, await SqliteDatabase.OpenAsync(folder, TimeProvider.System, CancellationToken.None));
    }

    public ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a temp folder left behind is harmless.
        }

        return ValueTask.CompletedTask;
    }
}
