using System.Net;
using System.Text;
using Newsdesk.Tests;
using System.Text.Json;

namespace Newsdesk.Writing.Tests;

/// <summary>What the fake endpoint answers to one request: an HTTP status, the assistant's text, a delay.</summary>
public sealed record FakeAnswer(int Status, string Content, TimeSpan Delay = default);

/// <summary>
/// An OpenAI-compatible chat endpoint on 127.0.0.1 (HttpListener, real HTTP): answers
/// POST /v1/chat/completions with what the test's function decides from the user message.
/// </summary>
internal sealed class FakeOpenAiServer : IAsyncDisposable
{
    private readonly HttpListener listener;
    private readonly Func<string, int, FakeAnswer> answer;
    private readonly CancellationTokenSource stop = new();
    private readonly Task loop;
    private int requests;

    public FakeOpenAiServer(Func<string, int, FakeAnswer> answer)
    {
        this.answer = answer;
        (listener, var port) = LoopbackPort.Listen();
        Endpoint = $"http://127.0.0.1:{port}/v1";
        loop = Task.Run(ServeAsync);
    }

    public string Endpoint { get; }

    public int Requests => Volatile.Read(ref requests);

    public List<string> UserMessages { get; } = [];

    /// <summary>Exceptions the handler met (a test asserts there are none it did not expect).</summary>
    public List<string> Errors { get; } = [];


    private async Task ServeAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (HttpListenerException)
            {
                return;
            }

            _ = Task.Run(() => HandleAsync(context));
        }
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        try
        {
            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            var n = Interlocked.Increment(ref requests);
            var user = UserMessage(body);
            lock (UserMessages)
            {
                UserMessages.Add(user);
            }

            var reply = answer(user, n);
            if (reply.Delay != TimeSpan.Zero)
            {
                await Task.Delay(reply.Delay, stop.Token);
            }

            context.Response.StatusCode = reply.Status;
            context.Response.ContentType = "application/json";
            if (reply.Status == 429)
            {
                context.Response.AddHeader("Retry-After", "0");
            }

            var json = reply.Status == 200
                ? JsonSerializer.Serialize(new
                {
                    id = $"chatcmpl-{n}",
                    @object = "chat.completion",
                    created = 1764000000,
                    model = "fake-model",
                    choices = new[] { new { index = 0, message = new { role = "assistant", content = reply.Content }, finish_reason = "stop" } },
                    usage = new { prompt_tokens = 900, completion_tokens = 300, total_tokens = 1200 },
                })
                : JsonSerializer.Serialize(new { error = new { message = "rate limited", type = "rate_limit", code = "rate_limit" } });
            var bytes = Encoding.UTF8.GetBytes(json);
            context.Response.ContentLength64 = bytes.Length;
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
        catch (Exception e)
        {
            lock (Errors)
            {
                Errors.Add(e.ToString());
            }

            try
            {
                context.Response.Abort();
            }
            catch (ObjectDisposedException)
            {
            }
        }
    }

    private static string UserMessage(string body)
    {
        using var doc = JsonDocument.Parse(body);
        return doc.RootElement.GetProperty("messages").EnumerateArray()
            .Where(m => m.GetProperty("role").GetString() == "user")
            .Select(m => m.GetProperty("content").ValueKind == JsonValueKind.String
                ? m.GetProperty("content").GetString()!
                : string.Concat(m.GetProperty("content").EnumerateArray().Select(p => p.GetProperty("text").GetString())))
            .Last();
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        listener.Stop();
        listener.Close();
        try
        {
            await loop;
        }
        catch (Exception)
        {
        }

        stop.Dispose();
    }
}
