using EmergencyDSS.Cli.Hosting;
using EmergencyDSS.Cli.Lsp;
using StreamJsonRpc;

namespace EmergencyDSS.Cli.Commands;

/// <summary>`dss lsp`: a Language Server over stdio for editors (editors/vscode has the client).</summary>
internal sealed class LspCommand : ICommand
{
    public string Name => "lsp";
    public string Summary => "language server over stdio: diagnostics as you type, hover, go to definition, formatting, completion";
    public string Usage => "(speaks the Language Server Protocol on standard input and output)";
    public IReadOnlyList<string> ValueOptions => [];
    public IReadOnlyList<string> Flags => [];

    public int Run(Args args, CommandContext context)
    {
        args.RequirePositionals(0, 0);
        Serve(Console.OpenStandardOutput(), Console.OpenStandardInput()).GetAwaiter().GetResult();
        return 0;
    }

    /// <summary>Runs the server on a pair of streams until the client says exit or hangs up.</summary>
    public static async Task Serve(Stream output, Stream input)
    {
        var server = new LanguageServer(new RulesetWorkspace());
        var formatter = new SystemTextJsonFormatter();
        formatter.JsonSerializerOptions.PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.CamelCase;
        formatter.JsonSerializerOptions.PropertyNameCaseInsensitive = true;
        using var rpc = new JsonRpc(new HeaderDelimitedMessageHandler(output, input, formatter));
        server.Rpc = rpc;
        rpc.AddLocalRpcTarget(server, new JsonRpcTargetOptions { AllowNonPublicInvocation = false });
        rpc.StartListening();
        await Task.WhenAny(rpc.Completion, server.Exited);
    }
}
