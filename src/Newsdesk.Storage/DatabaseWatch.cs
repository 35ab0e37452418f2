namespace Newsdesk.Storage;

/// <summary>
/// Watches that the database is still the one the process opened, and writable: the SQLite file
/// deleted, replaced (another inode at the path) or made read-only stops every write, rather than
/// let them go into an unlinked file that vanishes with the process. A full disk is one episode
/// (from the first failed write to the next one that succeeds), not an error per write.
/// <see cref="Changed"/> fires once per change of state, so the host logs one line per episode.
/// A database server (PostgreSQL) has no file to watch: only the disk-full episodes apply.
/// </summary>
public sealed class DatabaseWatch
{
    private readonly string? _path;
    private readonly Lock _gate = new();
    private FileIdentity? _identity;
    private DatabaseHealth _health = DatabaseHealth.Ok;
    private long? _freeWhenFull;

    /// <summary>
    /// How much more free space than at the failure a disk needs before a successful write ends a
    /// disk-full episode. Small writes (a lease) still fit on a nearly full disk while larger ones
    /// fail; without this margin each would end and start an episode, a log line apiece.
    /// </summary>
    public const long RecoveredFreeBytes = 512 * 1024;

    /// <param name="path">The SQLite file to watch, or null for a database server.</param>
    public DatabaseWatch(string? path) => _path = path;

    /// <summary>Fires, outside any lock, each time the state changes (to a problem, or back to Ok).</summary>
    public event Action<DatabaseHealth>? Changed;

    /// <summary>The state as of the last check, without checking again.</summary>
    public DatabaseHealth Current
    {
        get
        {
            lock (_gate)
            {
                return _health;
            }
        }
    }

    /// <summary>Records the identity of the file as it is now: call it once the database is open and migrated.</summary>
    public void Pin()
    {
        if (_path is null)
        {
            return;
        }

        lock (_gate)
        {
            _identity = FileIdentity.Of(_path);
        }
    }

    /// <summary>Looks at the file again (a stat: microseconds) and returns the state.</summary>
    public DatabaseHealth Check()
    {
        if (_path is null)
        {
            return Current;
        }

        DatabaseHealth next;
        lock (_gate)
        {
            if (_health.State is DatabaseState.Deleted or DatabaseState.Replaced)
            {
                return _health;   // the process's file is gone for good; only a restart can pick the new one up
            }

            next = Inspect(_path, _identity) ?? (_health.State == DatabaseState.ReadOnly ? DatabaseHealth.Ok : _health);
        }

        return Move(next);
    }

    /// <summary>Checks, and throws <see cref="DatabaseRefusedException"/> when writes must stop.</summary>
    public void EnsureWritable()
    {
        var health = Check();
        if (!health.Writable)
        {
            throw new DatabaseRefusedException(health);
        }
    }

    /// <summary>A write failed because the disk (or the database server's disk) is full.</summary>
    public DatabaseHealth DiskFull(string where)
    {
        var free = FreeBytes();
        lock (_gate)
        {
            _freeWhenFull = _freeWhenFull is { } before && free is { } now ? Math.Min(before, now) : free;
        }

        return Move(new DatabaseHealth(DatabaseState.DiskFull,
            $"the disk holding the database ({where}) is full: writes fail until space is freed; nothing stored is lost"));
    }

    /// <summary>
    /// A write succeeded: a disk-full episode is over once the disk has <see cref="RecoveredFreeBytes"/>
    /// more free than at the failure (a database server's, which cannot be measured, at once).
    /// </summary>
    public void WriteSucceeded()
    {
        if (Current.State != DatabaseState.DiskFull)
        {
            return;
        }

        long? floor;
        lock (_gate)
        {
            floor = _freeWhenFull;
        }

        if (floor is { } full && FreeBytes() is { } now && now < full + RecoveredFreeBytes)
        {
            return;
        }

        lock (_gate)
        {
            _freeWhenFull = null;
        }

        Move(DatabaseHealth.Ok);
    }

    private long? FreeBytes()
    {
        if (_path is null)
        {
            return null;
        }

        try
        {
            return new DriveInfo(Path.GetDirectoryName(_path) ?? _path).AvailableFreeSpace;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return null;
        }
    }

    private static DatabaseHealth? Inspect(string path, FileIdentity? pinned)
    {
        if (!File.Exists(path))
        {
            return new DatabaseHealth(DatabaseState.Deleted,
                $"the database file {path} was deleted while running: writes stopped (restore it and restart; nothing is written into the deleted file)");
        }

        if (pinned is { } before && FileIdentity.Of(path) is { } now && now != before)
        {
            return new DatabaseHealth(DatabaseState.Replaced,
                $"the database file {path} was replaced by another file while running: writes stopped (restart to use the new file)");
        }

        if (FileIdentity.IsReadOnly(path))
        {
            return new DatabaseHealth(DatabaseState.ReadOnly,
                $"the database file {path} became read-only: writes stopped until it is writable again");
        }

        return null;
    }

    private DatabaseHealth Move(DatabaseHealth next)
    {
        lock (_gate)
        {
            if (_health.State is DatabaseState.Deleted or DatabaseState.Replaced || _health == next)
            {
                return _health;
            }

            _health = next;
        }

        Changed?.Invoke(next);
        return next;
    }
}
