using System.Text.RegularExpressions;
using EmergencyDSS.Cli.Hosting;
using EmergencyDSS.Engine.Input;
using EmergencyDSS.Scheduler.Accounts;
using EmergencyDSS.Scheduler.Hosting;
using EmergencyDSS.Scheduler.Store;
using Npgsql;

namespace EmergencyDSS.Cli.Commands;

/// <summary>
/// `dss user add NAME --role ROLE [--enterprise CREDIT_CODE] --postgres CONN`: creates an account and prints
/// exactly two lines, <c>password: …</c> (to be changed at first sign-in) and <c>token: …</c> (its API token).
/// `dss user token NAME` issues another token; `dss user revoke NAME` revokes all of the account's tokens.
/// Applies the store's migrations first, so it also creates the first admin on an empty database.
/// </summary>
internal sealed partial class UserCommand : ICommand
{
    public string Name => "user";
    public string Summary => "create an account (password + API token), issue or revoke its tokens";
    public string Usage => "add NAME --role admin|author|duty|approver|auditor|enterprise|inspector [--enterprise CREDIT_CODE] --postgres CONN | token NAME --postgres CONN | revoke NAME --postgres CONN";
    public IReadOnlyList<string> ValueOptions => ["--role", "--enterprise", "--postgres"];
    public IReadOnlyList<string> Flags => [];

    [GeneratedRegex(@"^[\p{L}\p{N}._-]{2,40}$")]
    private static partial Regex AccountName();

    public int Run(Args args, CommandContext context)
    {
        args.RequirePositionals(2, 2);
        var (verb, name) = (args.Positionals[0], args.Positionals[1]);
        if (verb is not ("add" or "token" or "revoke")) throw new UsageException($"unknown user action `{verb}` (add, token, revoke)");
        if (!AccountName().IsMatch(name) || name == BureauAccount.Name)
            throw new InputException($"dss user: account name `{name}`: 2–40 letters, digits, `.`, `_` or `-`, and not `{BureauAccount.Name}` (the built-in bootstrap account)");
        using var db = new NpgsqlDataSourceBuilder(args.Required("--postgres")).Build();
        try
        {
            return verb switch
            {
                "add" => Add(args, context, db, name),
                "token" => Print(context, "token", new ApiTokens(db, TimeProvider.System).IssueAsync(name, "dss user").GetAwaiter().GetResult(), name),
                _ => Print(context, "revoked", new ApiTokens(db, TimeProvider.System).RevokeAllAsync(name, "dss user").GetAwaiter().GetResult()?.ToString(), name),
            };
        }
        catch (NpgsqlException e)
        {
            throw new InputException($"dss user: cannot use the PostgreSQL database ({e.Message})");
        }
    }

    private static int Add(Args args, CommandContext context, NpgsqlDataSource db, string name)
    {
        var role = args.Required("--role");
        if (!Roles.All.Contains(role)) throw new UsageException($"option --role: `{role}` is not a role ({string.Join(", ", Roles.All)})");
        var code = args.Value("--enterprise");
        if (role == Roles.Enterprise && code is null) throw new UsageException("an enterprise account needs --enterprise CREDIT_CODE");
        if (role != Roles.Enterprise && code is not null) throw new UsageException("--enterprise is only for --role enterprise");
        if (code is not null && CreditCode.Problem(code) is { } problem) throw new InputException($"dss user: --enterprise: {problem}");
        Migrator.ApplyAsync(db).GetAwaiter().GetResult();
        var accounts = new AccountStore(db, TimeProvider.System);
        if (accounts.ExistsAsync(name).GetAwaiter().GetResult()) throw new InputException($"dss user: account `{name}` already exists");
        if (code is not null && accounts.EnterpriseAccountNameAsync(code).GetAwaiter().GetResult() is { } other)
            throw new InputException($"dss user: enterprise {code} already has an account (`{other}`); one account per enterprise");
        var created = accounts.CreateAsync(name, role, code, "dss user").GetAwaiter().GetResult();
        context.Out.WriteLine($"password: {created.Password}");
        context.Out.WriteLine($"token: {created.Token}");
        return 0;
    }

    private static int Print(CommandContext context, string label, string? value, string name)
    {
        if (value is null) throw new InputException($"dss user: there is no account `{name}`");
        context.Out.WriteLine($"{label}: {value}");
        return 0;
    }
}
