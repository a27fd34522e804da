import { env } from "../env";

/**
 * CSRF defence for writes authenticated by the session cookie: the request
 * must come from this site's own pages. Browsers send Sec-Fetch-Site on every
 * request and page scripts cannot forge it; older ones send Origin on POST,
 * PATCH and DELETE. A request with neither is refused: a browser always sends
 * one, and API clients use a bearer token instead of the cookie.
 */
export function isSameOriginRequest(request: Request): boolean {
  const site = request.headers.get("sec-fetch-site");
  if (site) return site === "same-origin";
  const origin = request.headers.get("origin");
  if (!origin) return false;
  return origin === siteOrigin(request);
}

function siteOrigin(request: Request): string {
  const configured = env().AUTH_URL;
  return configured ? new URL(configured).origin : new URL(request.url).origin;
}
