using Grain.Cli;

return await GrainCli.RunAsync(args, CliEnvironment.FromProcess());
