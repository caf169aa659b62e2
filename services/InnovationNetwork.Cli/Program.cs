using InnovationNetwork.Cli.Commands;

return await CliApplication.Build().Parse(args).InvokeAsync();
