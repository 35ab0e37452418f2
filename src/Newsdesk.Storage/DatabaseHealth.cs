namespace Newsdesk.Storage;

/// <summary>What the database watch knows about the database right now.</summary>
public enum DatabaseState
{
    /// <summary>The file is the one opened at start and writes succeed.</summary>
    Ok,

    /// <summary>The last write failed because the disk is full; writes are tried again, reads work.</summary>
    DiskFull,

    /// <summary>The file (or its file system) became read-only; nothing is written until it is writable again.</summary>
    ReadOnly,

    /// <summary>The file was deleted while the process ran; nothing is written again (a restart is needed).</summary>
    Deleted,

    /// <summary>Another file now sits at the path (moved over, restored); nothing is written again (a restart is needed).</summary>
    Replaced,
}

/// <summary>The database's state and, when it is not <see cref="DatabaseState.Ok"/>, why, in words for an operator.</summary>
public sealed record DatabaseHealth(DatabaseState State, string? Reason)
{
    public static DatabaseHealth Ok { get; } = new(DatabaseState.Ok, null);

    /// <summary>Writes are attempted: all is well, or the disk was full (a write is how we learn space came back).</summary>
    public bool Writable => State is DatabaseState.Ok or DatabaseState.DiskFull;

    /// <summary>The process cannot do its job until an operator acts (the file is gone, replaced or read-only).</summary>
    public bool Lost => !Writable;
}

/// <summary>
/// A write refused because the database is not writable (deleted, replaced, read-only) or the disk
/// is full. The <see cref="DatabaseWatch"/> has already logged the episode once; callers need not
/// log it again, and nothing was half-written.
/// </summary>
public sealed class DatabaseRefusedException(DatabaseHealth health)
    : StorageUnavailableException(health.Reason ?? health.State.ToString(), null)
{
    public DatabaseHealth Health { get; } = health;
}

/// <summary>
/// The database file is missing where one was created before (its marker is there): it was
/// deleted or moved. Nothing is created in its place without <c>--create</c>.
/// </summary>
public sealed class DatabaseMissingException(string message) : StorageUnavailableException(message, null);
