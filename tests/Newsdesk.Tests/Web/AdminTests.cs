using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Newsdesk.Publishing;
using Newsdesk.Web;

namespace Newsdesk.Tests.Web;

/// <summary>The admin area refuses everyone without the key, and a signed-in session needs its CSRF token.</summary>
public sealed partial class AdminTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    public sealed record Refusal(string Name, string Method, string Path, string? Bearer, HttpStatusCode Expected)
    {
        public override string ToString() => Name;
    }

    public static TheoryData<Refusal> Refusals => new()
    {
        new("dashboard without a key", "GET", "/admin", null, HttpStatusCode.Unauthorized),
        new("dashboard with a wrong key", "GET", "/admin", "wrong-key-wrong-key-wrong", HttpStatusCode.Unauthorized),
        new("add source form without a key", "POST", "/admin/sources/add", null, HttpStatusCode.Unauthorized),
        new("remove source form without a key", "POST", "/admin/sources/remove", null, HttpStatusCode.Unauthorized),
        new("re-run form without a key", "POST", "/admin/stories/rerun", null, HttpStatusCode.Unauthorized),
        new("add source API without a key", "POST", "/api/admin/sources", null, HttpStatusCode.Unauthorized),
        new("add source API with a wrong key", "POST", "/api/admin/sources", "wrong-key-wrong-key-wrong", HttpStatusCode.Unauthorized),
        new("remove source API without a key", "DELETE", "/api/admin/sources/example-wire", null, HttpStatusCode.Unauthorized),
        new("re-run API without a key", "POST", "/api/admin/stories/x/rerun", null, HttpStatusCode.Unauthorized),
        new("key longer than any real key", "GET", "/admin", new string('k', 5000), HttpStatusCode.Unauthorized),
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task AdminPagesAndWritesRefuseWithoutTheCredential(Refusal refusal)
    {
        using var client = site.Client();
        using var request = new HttpRequestMessage(new HttpMethod(refusal.Method), refusal.Path);
        if (refusal.Bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", refusal.Bearer);
        }

        if (refusal.Method == "POST")
        {
            request.Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["url"] = "https://evil.example.org/feed", ["id"] = "example-wire", ["slug"] = "x" });
        }

        var before = (await site.Catalog.SourcesAsync(CancellationToken.None)).Count;
        using var response = await client.SendAsync(request);

        Assert.Equal(refusal.Expected, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Equal(before, (await site.Catalog.SourcesAsync(CancellationToken.None)).Count);
        Assert.DoesNotContain(await site.Catalog.SourcesAsync(CancellationToken.None), s => s.Url.Contains("evil", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ABearerKeyAddsAndRemovesASourceAndQueuesARerun()
    {
        using var client = site.Client();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", SiteFixture.AdminKey);

        using var add = await client.PostAsync("/api/admin/sources", JsonContent("{\"url\":\"https://bearer.example.org/rss\",\"name\":\"Bearer Test\"}"));
        Assert.Equal(HttpStatusCode.OK, add.StatusCode);
        var added = Assert.Single(await site.Catalog.SourcesAsync(CancellationToken.None), s => s.Name == "Bearer Test");

        using var remove = await client.DeleteAsync("/api/admin/sources/" + added.Id);
        Assert.Equal(HttpStatusCode.OK, remove.StatusCode);
        Assert.DoesNotContain(await site.Catalog.SourcesAsync(CancellationToken.None), s => s.Name == "Bearer Test");

        using var rerun = await client.PostAsync("/api/admin/stories/" + site.Stories[3].Slug + "/rerun", null);
        Assert.Equal(HttpStatusCode.OK, rerun.StatusCode);
        Assert.Contains(site.Stories[3].Id, site.Catalog.RerunRequests);

        using var bad = await client.PostAsync("/api/admin/sources", JsonContent("{\"url\":\"javascript:alert(1)\"}"));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task TheLoginFormSetsAStrictHttpOnlyCookieAndFormsNeedTheirCsrfToken()
    {
        using var client = site.Client();
        using var wrong = await client.PostAsync("/admin/login", Form(("key", "not-the-key-at-all-no")));
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);

        using var login = await client.PostAsync("/admin/login", Form(("key", SiteFixture.AdminKey)));
        Assert.Equal(HttpStatusCode.SeeOther, login.StatusCode);
        var setCookie = Assert.Single(login.Headers.GetValues("Set-Cookie"));
        Assert.Contains("httponly", setCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", setCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/admin", setCookie, StringComparison.OrdinalIgnoreCase);
        var cookie = setCookie.Split(';')[0];

        using var dashboardRequest = new HttpRequestMessage(HttpMethod.Get, "/admin");
        dashboardRequest.Headers.Add("Cookie", cookie);
        using var dashboard = await client.SendAsync(dashboardRequest);
        var html = await dashboard.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        Assert.Contains("Example Wire", html, StringComparison.Ordinal);
        var csrf = CsrfField().Match(html).Groups[1].Value;
        Assert.NotEmpty(csrf);

        // Without the token, with a wrong one, or from another origin: refused.
        Assert.Equal(HttpStatusCode.Forbidden, await PostWithCookie(client, cookie, null, ("url", "https://csrf.example.org/a")));
        Assert.Equal(HttpStatusCode.Forbidden, await PostWithCookie(client, cookie, null, ("url", "https://csrf.example.org/b"), ("csrf", "forged")));
        Assert.Equal(HttpStatusCode.Forbidden, await PostWithCookie(client, cookie, "https://evil.example.org", ("url", "https://csrf.example.org/c"), ("csrf", csrf)));
        Assert.DoesNotContain(await site.Catalog.SourcesAsync(CancellationToken.None), s => s.Url.Contains("csrf.example.org", StringComparison.Ordinal));

        // With the token: done.
        Assert.Equal(HttpStatusCode.SeeOther, await PostWithCookie(client, cookie, null, ("url", "https://form.example.org/rss"), ("name", "Form Test"), ("csrf", csrf)));
        var added = Assert.Single(await site.Catalog.SourcesAsync(CancellationToken.None), s => s.Name == "Form Test");
        await site.Catalog.RemoveSourceAsync(added.Id, CancellationToken.None);
    }

    [Fact]
    public async Task ATamperedSessionCookieIsRefused()
    {
        using var client = site.Client();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/admin");
        request.Headers.Add("Cookie", AdminAuth.CookieName + "=99999999999.forged-signature");
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task WithoutAConfiguredKeyTheAdminAreaIsDisabled()
    {
        await using var app = SampleSite.Build("http://127.0.0.1:0", new InMemoryStoryCatalog(TimeProvider.System), TimeProvider.System);
        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.Single()) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "anything-anything-anything");

        using var page = await client.GetAsync("/admin");
        using var write = await client.PostAsync("/api/admin/sources", JsonContent("{\"url\":\"https://x.example.org/\"}"));

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);
        await app.StopAsync();
    }

    [Theory]
    [InlineData("short")]
    [InlineData("has a space in it, long enough")]
    public async Task AWeakAdminKeyStopsTheSiteAtStart(string key)
    {
        await using var app = SampleSite.Build("http://127.0.0.1:0", new InMemoryStoryCatalog(TimeProvider.System), TimeProvider.System, o => o.AdminKey = key);
        await Assert.ThrowsAsync<Microsoft.Extensions.Options.OptionsValidationException>(() => app.StartAsync());
    }

    private static async Task<HttpStatusCode> PostWithCookie(HttpClient client, string cookie, string? origin, params (string, string)[] fields)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/admin/sources/add") { Content = Form(fields) };
        request.Headers.Add("Cookie", cookie);
        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }

    private static FormUrlEncodedContent Form(params (string Name, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));

    private static StringContent JsonContent(string json) => new(json, System.Text.Encoding.UTF8, "application/json");

    [GeneratedRegex("name=\"csrf\" value=\"([^\"]+)\"")]
    private static partial Regex CsrfField();
}
