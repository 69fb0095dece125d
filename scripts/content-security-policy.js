// The Content-Security-Policy of every page the project serves (task pane, commands, preview, web page): scripts
// only from the page's own origin and Microsoft's Office.js CDN, no inline script and no eval, connections only to
// its own origin. Each HTML page carries it in a <meta http-equiv> (a static host sends no headers of ours) and the
// dev server sends it as a header too. Styles may be inline: Fluent UI (Griffel) writes its rules into <style>.
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' https://appsforoffice.microsoft.com",
  "connect-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join("; ");

module.exports = { CONTENT_SECURITY_POLICY };
