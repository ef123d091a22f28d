using System.Security.Cryptography;
using System.Text;
using EmergencyDSS.Dsl;
using EmergencyDSS.Dsl.Binding;
using EmergencyDSS.Notices;
using EmergencyDSS.Scheduler.Store;
using Npgsql;

namespace EmergencyDSS.Scheduler.Intake;

/// <summary>
/// Checks a ruleset (parse, bind, templates) and, only when it has no errors, stores it and either makes it
/// the active version (start-up inputs) or proposes its activation to the approvers (uploads). The same text
/// again is the same version. An invalid one leaves the active version in place.
/// </summary>
internal sealed class RulesetIntake(NpgsqlDataSource db, TimeProvider clock)
{
    /// <param name="fileName">Full path the text is treated as coming from: includes and templates resolve beside it.</param>
    public async Task<IntakeResult> SubmitAsync(string text, string fileName, string actor, bool propose = false)
    {
        var compilation = RulesetCompiler.CompileText(text, fileName);
        var errors = compilation.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.ToString()).ToList();
        if (compilation.Model is not { } model || errors.Count > 0) return IntakeResult.Rejected(errors);
        var directory = Path.GetDirectoryName(Path.GetFullPath(fileName))!;
        var templateErrors = model.Templates.Count == 0 ? [] :
            TemplateCheck.Check(model, directory).Where(d => d.Severity == Severity.Error).Select(d => d.ToString()).ToList();
        if (templateErrors.Count > 0) return IntakeResult.Rejected(templateErrors);
        try
        {
            _ = new NoticeRenderer(model, directory);
        }
        catch (NoticeTemplateException e)
        {
            return IntakeResult.Rejected(e.Errors.Select(x => x.ToString()).ToList());
        }
        var sha = model.Header.Sha256 ?? Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
        var warnings = compilation.Diagnostics.Where(d => d.Severity == Severity.Warning).Select(d => d.ToString()).ToList();
        await using var conn = await db.OpenConnectionAsync();
        await using var tx = await conn.BeginTransactionAsync();
        var now = ShanghaiTime.Now(clock);
        if (!propose)
        {
            var id = await RulesetVersions.SaveAndActivateAsync(conn, tx, model.Header.Name, model.Header.Version, Path.GetFullPath(fileName),
                directory, text, sha, warnings, actor, now);
            await tx.CommitAsync();
            return new IntakeResult(id, null, []);
        }
        var saved = await RulesetVersions.SaveAsync(conn, tx, model.Header.Name, model.Header.Version, Path.GetFullPath(fileName), directory, text, sha, warnings, actor, now);
        var proposal = await ActivationProposals.ProposeAsync(conn, tx, saved, actor, now);
        await tx.CommitAsync();
        return new IntakeResult(saved, proposal, []);
    }
}
