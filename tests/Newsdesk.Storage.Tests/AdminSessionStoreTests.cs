using Newsdesk.Storage;

namespace Newsdesk.Storage.Tests;

/// <summary>Admin sessions in the database, on both backends: active until revoked or expired; expired rows are cleared when a session is added.</summary>
public sealed class AdminSessionStoreTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Length = TimeSpan.FromHours(8);

    [SkippableTheory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task A_session_is_active_until_revoked_or_expired(string backend)
    {
        await using var temp = await TempDatabase.CreateAsync(backend);
        var store = new AdminSessionStore(temp.Database);
        await store.AddAsync("a", Now, Now + Length, default);
        await store.AddAsync("b", Now, Now + Length, default);

        Assert.True(await store.IsActiveAsync("a", Now, default));
        Assert.False(await store.IsActiveAsync("never-made", Now, default));

        Assert.True(await store.RevokeAsync("a", default));
        Assert.False(await store.IsActiveAsync("a", Now, default));
        Assert.False(await store.RevokeAsync("a", default));
        Assert.True(await store.IsActiveAsync("b", Now, default));

        Assert.False(await store.IsActiveAsync("b", Now + Length, default));
        await store.AddAsync("c", Now + Length, Now + Length + Length, default);   // clears "b", expired by then
        Assert.False(await store.RevokeAsync("b", default));
        Assert.True(await store.IsActiveAsync("c", Now + Length, default));
    }
}
