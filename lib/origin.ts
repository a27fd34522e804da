import { headers } from "next/headers";

/**
 * The address this site was reached at ("https://example.org"), for links that
 * must be absolute in what people copy: citations and example requests. Read
 * from the request, so no setting is needed behind a proxy that forwards the host.
 */
export async function requestOrigin(): Promise<string> {
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000";
  const proto = h.get("x-forwarded-proto") ?? (/^(localhost|127\.0\.0\.1)(:|$)/.test(host) ? "http" : "https");
  return `${proto.split(",")[0].trim()}://${host.split(",")[0].trim()}`;
}
