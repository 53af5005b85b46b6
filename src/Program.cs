return await StatiqSite.Cli.CommandLine.RunAsync(args, Console.Out, Console.Error);
