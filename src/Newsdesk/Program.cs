using Newsdesk.Commands;

return await Cli.RunAsync(args);
