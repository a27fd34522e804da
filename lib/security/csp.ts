// The Content-Security-Policy, built per request by proxy.ts. Pages get a
// fresh nonce: Next reads it from the request's CSP header and puts it on its
// own scripts, and 'strict-dynamic' lets those load the rest. Any other
// script (one an attacker got into the page) does not run.
//
// Nonces need pages rendered per request; the root layout reads the session
// cookie, which makes every page dynamic. A page prerendered at build time
// would carry no nonce and its scripts would be blocked.

export function createNonce(): string {
  const bytes = new Uint8Array(18);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

export function pageContentSecurityPolicy(nonce: string, { development }: { development: boolean }): string {
  return [
    "default-src 'self'",
    // React in development evaluates code to rebuild server stack traces; never in production.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    // Inline style attributes (charts, positioned elements) cannot carry a nonce.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${development ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** JSON, CSV and feeds render nothing: nothing may load from them, and nobody may frame them. */
export const dataContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
