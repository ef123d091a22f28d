// Starts `dss lsp` for *.dss files: the server gives diagnostics, hover, definitions, formatting and completion.
const vscode = require('vscode');
const { LanguageClient } = require('vscode-languageclient/node');

let client;

function activate(context) {
  const command = vscode.workspace.getConfiguration('dss').get('command') || 'dss';
  const server = { command, args: ['lsp'] };
  client = new LanguageClient('dss', 'EmergencyDSS rules', { run: server, debug: server }, {
    documentSelector: [{ scheme: 'file', language: 'dss' }],
  });
  context.subscriptions.push({ dispose: () => client && client.stop() });
  return client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
