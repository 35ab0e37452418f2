using System.CommandLine;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Options;
using Newsdesk.Hosting;
using Newsdesk.Storage;

namespace Newsdesk.Commands;

/// <summary>
/// <c>newsdesk serve [--role all|worker|web] [--urls URL] [--data DIR]</c>: the long-running
/// process: polling, extraction, clustering, writing and verification (roles all and worker) and
/// the site (roles all and web). Ctrl-C or SIGTERM stops it gracefully.
/// </summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var role = new Option<ServeRole>("--role") { Description = "What this process runs", DefaultValueFactory = _ => ServeRole.All };
        var urls = new Option<string>("--urls") { Description = "Where the site listens", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        var data = HostOptions.Data();
        var create = HostOptions.Create();
        var command = new Command("serve", "Run the pipeline and the web site until stopped") { role, urls, data, create };
        command.SetAction(async (parse, ct) =>
        {
            var overrides = new Dictionary<string, string?>();
            if (parse.GetValue(data) is { } dir)
            {
                overrides["Newsdesk:DataDir"] = dir;
            }

            if (parse.GetValue(create))
            {
                overrides[NewsdeskHost.CreateDatabaseKey] = "true";
            }

            try
            {
                var app = ServeHost.Build(parse.GetValue(role), parse.GetValue(urls)!, overrides);
                await using (app)
                {
                    await app.RunAsync(ct);
                }

                return 0;
            }
            catch (OptionsValidationException e)
            {
                await Console.Error.WriteLineAsync($"newsdesk: configuration is invalid: {string.Join("; ", e.Failures)}");
                return 1;
            }
            catch (Storage.StorageUnavailableException e)
            {
                // A database missing where one was created before, or one that cannot be opened: said once, loudly.
                await Console.Error.WriteLineAsync($"newsdesk: cannot serve: {e.Message}");
                return 1;
            }
            catch (IOException e)
            {
                await Console.Error.WriteLineAsync($"newsdesk: cannot serve: {e.Message}");
                return 1;
            }
            catch (SchemaTooNewException e)
            {
                await Console.Error.WriteLineAsync($"newsdesk: cannot serve: {e.Message}");
                return 1;
            }
        });
        return command;
    }
}
