// No imports: the browser tests check this page's accessibility without a server.

/** Seconds a client is told to wait (Retry-After) while the database is away. */
export const RETRY_AFTER_SECONDS = 10;

const headers = {
  "Retry-After": String(RETRY_AFTER_SECONDS),
  "Cache-Control": "no-store",
};

/** The API's answer while the database is away. */
export function databaseUnavailableJson(): Response {
  return Response.json(
    { error: "The database is temporarily unavailable. Try again shortly.", retryAfterSeconds: RETRY_AFTER_SECONDS },
    { status: 503, headers },
  );
}

/**
 * The pages' answer while the database is away: a self-contained page (no
 * layout, no scripts, no database) so that it renders whatever else is down.
 */
export function databaseUnavailablePage(): Response {
  return new Response(page, { status: 503, headers: { ...headers, "Content-Type": "text/html; charset=utf-8" } });
}

const page = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Temporarily unavailable · Positions</title>
<style>
  body { margin: 0; font-family: ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
    background: #fafaf9; color: #1c1917; line-height: 1.5; }
  header { border-bottom: 1px solid #e7e5e4; background: #fff; }
  header p, main { max-width: 64rem; margin: 0 auto; padding: 0.75rem 1rem; }
  header p { font-size: 1.125rem; font-weight: 600; }
  main { padding-top: 3rem; text-align: center; }
  h1 { font-size: 1.5rem; margin: 0 0 0.75rem; }
  p { color: #44403c; }
  a { color: #1c1917; }
  a:focus-visible { outline: 3px solid #1d4ed8; outline-offset: 2px; }
</style>
</head>
<body>
<header><p>Positions</p></header>
<main>
<h1>Temporarily unavailable</h1>
<p>The statements cannot be read right now because the database is not answering. Nothing recorded has been lost.</p>
<p>Please <a href="">reload this page</a> in a few seconds.</p>
</main>
</body>
</html>
`;
