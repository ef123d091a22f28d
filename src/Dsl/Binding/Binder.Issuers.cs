using System.Text.RegularExpressions;
using EmergencyDSS.Dsl.Model;
using EmergencyDSS.Dsl.Syntax.Tree;

namespace EmergencyDSS.Dsl.Binding;

/// <summary><c>issuer</c> lines: who issues a district's notices, under which 文号 prefix, with which contact.</summary>
internal sealed partial class Binder
{
    [GeneratedRegex(@"\d[\d\-]{5,}\d$")]
    private static partial Regex TrailingPhone();

    private void BindIssuer(IssuerStatement i, ModelParts parts)
    {
        var scope = i.Scope.Text;
        if (scope != IssuerModel.City && !_scope.District(scope, At(i.Scope))) return;
        if (parts.Issuers.Any(x => x.Scope == scope))
        {
            _diagnostics.Add(DiagnosticCatalog.Duplicate(At(i.Scope), "issuer of", scope));
            return;
        }
        Name? Item(string key) => i.Items.LastOrDefault(x => x.Key.Text == key)?.Text;
        var contact = Item("contact");
        if (contact is not null && !TrailingPhone().IsMatch(contact.Text))
            _diagnostics.Add(DiagnosticCatalog.PhonelessContact(At(contact), contact.Text));
        var portal = Item("portal");
        if (portal is not null && !(Uri.TryCreate(portal.Text, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"))
            _diagnostics.Add(DiagnosticCatalog.BadPortal(At(portal), portal.Text));
        parts.Issuers.Add(new IssuerModel
        {
            Scope = scope, Authority = i.Authority.Text, DocumentPrefix = Item("document-prefix")?.Text, Contact = contact?.Text,
            Government = Item("government")?.Text, Police = Item("police")?.Text, Portal = portal?.Text, Source = Ref(i),
        });
    }
}
