// One harness per stage; each prints one table. Run through the scripts in bench/<stage>/run.
return Newsdesk.Bench.Harnesses.Run(args);
