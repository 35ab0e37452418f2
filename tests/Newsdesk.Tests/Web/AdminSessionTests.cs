using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Newsdesk.Publishing;
using Newsdesk.Tests.Notify;
using Newsdesk.Web;

namespace Newsdesk.Tests.Web;

/// <summary>
/// Admin sessions end at logout (server-side sessions), and wrong keys are throttled per client:
/// an exponential wait, then a lockout, during which even the right key is refused unchecked.
/// Each test runs its own site on a clock it moves by hand, so no wait is real.
/// </summary>
public sealed partial class AdminSessionTests : IAsyncLifetime
{
    private const string Key = "session-test-admin-key-0123";
    private readonly ManualClock clock = new(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
    private WebApplication app = null!;
    private HttpClient client = null!;

    public async Task InitializeAsync()
    {
        app = SampleSite.Build("http://127.0.0.1:0", new InMemoryStoryCatalog(clock), clock, o => o.AdminKey = Key);
        await app.StartAsync();
        client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false })
        {
            BaseAddress = new Uri(app.Urls.Single().Replace("[::]", "127.0.0.1", StringComparison.Ordinal) + "/"),
        };
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }

    [Fact]
    public async Task Logout_revokes_the_session_so_a_kept_copy_of_the_cookie_no_longer_works()
    {
        var first = await LoginAsync();
        var second = await LoginAsync();
        Assert.Equal(HttpStatusCode.OK, await DashboardAsync(first));
        var csrf = CsrfField().Match(await DashboardHtmlAsync(first)).Groups[1].Value;

        using var logout = new HttpRequestMessage(HttpMethod.Post, "/admin/logout") { Content = new FormUrlEncodedContent([new("csrf", csrf)]) };
        logout.Headers.Add("Cookie", first);
        using var answer = await client.SendAsync(logout);
        Assert.Equal(HttpStatusCode.SeeOther, answer.StatusCode);

        // The same cookie, replayed after logout (it is signed and unexpired): refused.
        Assert.Equal(HttpStatusCode.Unauthorized, await DashboardAsync(first));
        // Another session is not touched by it.
        Assert.Equal(HttpStatusCode.OK, await DashboardAsync(second));

        // A session also ends when its time is up (Site:AdminSessionHours, 8 by default).
        clock.Advance(TimeSpan.FromHours(8));
        Assert.Equal(HttpStatusCode.Unauthorized, await DashboardAsync(second));
    }

    [Fact]
    public async Task Wrong_keys_make_a_client_wait_longer_each_time_then_lock_it_out_even_for_the_right_key()
    {
        for (var i = 0; i < LoginThrottle.FreeFailures; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await PostLoginAsync("wrong-key-number-" + i)).Status);
        }

        // Each further wrong key makes the next one wait: 1, 2, 4, 8 s; the right key is refused (429) while waiting.
        foreach (var wait in new[] { 1, 2, 4, 8 })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await PostLoginAsync("wrong-key-again")).Status);
            var refused = await PostLoginAsync(Key);
            Assert.Equal((HttpStatusCode.TooManyRequests, wait.ToString(System.Globalization.CultureInfo.InvariantCulture)), (refused.Status, refused.RetryAfter));
            clock.Advance(TimeSpan.FromSeconds(wait - 0.5));
            Assert.Equal(HttpStatusCode.TooManyRequests, (await PostLoginAsync(Key)).Status);
            clock.Advance(TimeSpan.FromSeconds(0.5));
        }

        // The tenth wrong key locks the client out for 15 minutes: login and Bearer key alike, right or wrong.
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostLoginAsync("wrong-key-tenth")).Status);
        var locked = await PostLoginAsync(Key);
        Assert.Equal((HttpStatusCode.TooManyRequests, "900"), (locked.Status, locked.RetryAfter));
        using (var bearer = new HttpRequestMessage(HttpMethod.Get, "/admin"))
        {
            bearer.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Key);
            using var answer = await client.SendAsync(bearer);
            Assert.Equal(HttpStatusCode.TooManyRequests, answer.StatusCode);
        }

        clock.Advance(LoginThrottle.Lockout - TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.TooManyRequests, (await PostLoginAsync(Key)).Status);
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.SeeOther, (await PostLoginAsync(Key)).Status);

        // The right key started the count again: a typo now costs nothing.
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostLoginAsync("one-typo-only")).Status);
        Assert.Equal(HttpStatusCode.SeeOther, (await PostLoginAsync(Key)).Status);
    }

    [Fact]
    public async Task Wrong_bearer_keys_count_like_wrong_logins()
    {
        for (var i = 0; i <= LoginThrottle.FreeFailures; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/admin/sources") { Content = new StringContent("{}") };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "wrong-bearer-key-" + i);
            using var answer = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.Unauthorized, answer.StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await PostLoginAsync(Key)).Status);
    }

    [Fact]
    public async Task A_client_knocking_during_its_wait_is_logged_once_per_wait()
    {
        for (var i = 0; i <= LoginThrottle.FreeFailures; i++)
        {
            await PostLoginAsync("wrong-key-" + i);
        }

        var throttle = app.Services.GetRequiredService<LoginThrottle>();
        for (var i = 0; i < 50; i++)
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, (await PostLoginAsync(Key)).Status);
        }

        // The first of the 50 took the wait's one log line; no further request of this wait gets one.
        Assert.False(throttle.FirstRefusal("127.0.0.1"));

        // The next wait (after one more wrong key) is logged again, once.
        clock.Advance(LoginThrottle.FirstDelay * 2);
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostLoginAsync("wrong-key-again")).Status);
        Assert.True(throttle.FirstRefusal("127.0.0.1"));
        Assert.False(throttle.FirstRefusal("127.0.0.1"));
        Assert.False(throttle.FirstRefusal("10.9.9.9"));
    }

    private async Task<(HttpStatusCode Status, string? RetryAfter, string? Cookie)> PostLoginAsync(string key)
    {
        using var answer = await client.PostAsync("/admin/login", new FormUrlEncodedContent([new("key", key)]));
        var cookie = answer.Headers.TryGetValues("Set-Cookie", out var values) ? values.Single().Split(';')[0] : null;
        return (answer.StatusCode, answer.Headers.RetryAfter?.Delta?.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture), cookie);
    }

    private async Task<string> LoginAsync()
    {
        var login = await PostLoginAsync(Key);
        Assert.Equal(HttpStatusCode.SeeOther, login.Status);
        return login.Cookie!;
    }

    private async Task<HttpStatusCode> DashboardAsync(string cookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/admin");
        request.Headers.Add("Cookie", cookie);
        using var answer = await client.SendAsync(request);
        return answer.StatusCode;
    }

    private async Task<string> DashboardHtmlAsync(string cookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/admin");
        request.Headers.Add("Cookie", cookie);
        using var answer = await client.SendAsync(request);
        return await answer.Content.ReadAsStringAsync();
    }

    [GeneratedRegex("name=\"csrf\" value=\"([^\"]+)\"")]
    private static partial Regex CsrfField();
}
