import "server-only";
import { getSessionCookie } from "better-auth/cookies";
import { NextResponse, type NextRequest } from "next/server";
import { LedgerCache, ledgerVersion } from "@/lib/db/ledger";
import { createNonce, pageContentSecurityPolicy } from "@/lib/security/csp";

// Whole pages for readers, as HTML, kept until the next write to the ledger.
//
// The data reads behind a page are cached already (lib/db/ledger.ts), but
// rendering the HTML of a timeline or an actor's record still costs tens of
// milliseconds of CPU per request. proxy.ts asks this cache first: a hit costs
// the ledger version check and writing out stored bytes. A miss renders the page
// once by asking this very server for it, with a header that makes proxy.ts
// let that request through to Next, and keeps what came back.
//
// The rules that keep the cache honest:
// - Only readers: a request with a session cookie is never answered from here
//   (editors see their own menu), and a render that sets a cookie is not kept.
// - Only the read-only pages, only whole documents (never the RSC payloads a
//   client navigation or prefetch asks for), only a 200 as HTML.
// - Filed under the version read before the render began, so a page is never
//   kept under a version newer than the data it shows: a write is in the next
//   request's page, from every server.
// - Every answer carries a nonce of its own: the stored one is replaced
//   wherever it occurs (it is 24 random characters, so the replacement is
//   exact) and the policy is built around the new one.
// - The key is the path and query as sent, the host the page's absolute links
//   are made from (lib/origin.ts), and the day, as the permalink's citation
//   says when it was accessed.
// - Anything that goes wrong here (the version check, the render) leaves the
//   request to Next as if there were no cache, so an outage looks the same.
// Next compresses these answers as it does its own renders, so only the plain
// HTML is kept.

/** The body as UTF-8, cut where the nonce was: an answer writes these parts with a new nonce between them. */
type StoredPage = { status: number; headers: [string, string][]; parts: Buffer[]; bytes: number };

// A timeline or actor page is 0.5–1 MB of HTML; the bound keeps this to about
// two hundred such pages per process.
const store = globalThis as unknown as {
  positionsPages?: LedgerCache<StoredPage>;
  positionsPageRenders?: Map<string, Promise<StoredPage | null>>;
  positionsPageSecret?: string;
};
const pages = (store.positionsPages ??= new LedgerCache<StoredPage>({ maxEntries: 500, maxBytes: 192 * 2 ** 20 }));
const renders = (store.positionsPageRenders ??= new Map());
// Lets this process's own render requests past the cache; unknown outside it.
const secret = (store.positionsPageSecret ??= createNonce() + createNonce());

const RENDER_HEADER = "x-positions-render";
const CACHE_HEADER = "x-positions-cache";

/** `/`, the actors, the board, the conditions and one statement's permalink; never a form, history or sign-in. */
const CACHEABLE_PATH = /^\/(?:actors(?:\/[^/]+)?|board|conditions(?:\/[^/]+)?|statements\/\d+)?$/;

/**
 * Headers a client navigation, prefetch or server action sends: they ask for
 * something other than the document. The proxy sees them, and the _rsc
 * parameter, only because next.config.js sets skipProxyUrlNormalize.
 */
const NOT_A_DOCUMENT = ["rsc", "next-router-prefetch", "next-router-state-tree", "next-router-segment-prefetch", "next-action"];

/** Not kept: about one connection, or about the body as it was sent to us (fetch has decoded it). */
const UNSTORED_HEADERS = new Set([
  "connection",
  "keep-alive",
  "transfer-encoding",
  "te",
  "trailer",
  "upgrade",
  "proxy-authenticate",
  "proxy-authorization",
  "content-length",
  "content-encoding",
  "date",
  "content-security-policy",
  CACHE_HEADER,
]);

/** Whether `request` is this process rendering a page for the cache: it must reach Next untouched. */
export function isPageRender(request: NextRequest): boolean {
  return request.headers.get(RENDER_HEADER) === secret;
}

/**
 * The page for `request` from the cache, rendered first on a miss; null when
 * the request is not one for the cache or anything failed, and Next should
 * answer it as usual.
 */
export async function cachedPage(request: NextRequest): Promise<NextResponse | null> {
  const url = new URL(request.url);
  const port = process.env.PORT;
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  if (!port || !CACHEABLE_PATH.test(url.pathname) || url.searchParams.has("_rsc")) return null;
  if (NOT_A_DOCUMENT.some((name) => request.headers.has(name))) return null;
  if (getSessionCookie(request.headers)) return null;

  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host") ?? "";
  const proto = request.headers.get("x-forwarded-proto");
  const key = `${new Date().toISOString().slice(0, 10)} ${proto ?? ""} ${host} ${url.pathname}${url.search}`;
  try {
    const version = await ledgerVersion();
    const hit = pages.get(key, version);
    if (hit) return answer(hit, request.method === "HEAD", "hit");
    // A HEAD is not worth a render of its own.
    if (request.method === "HEAD") return null;
    // Concurrent misses for one page at one version share its render.
    const renderKey = `${version}\n${key}`;
    let render = renders.get(renderKey);
    if (!render) {
      render = renderPage(`http://127.0.0.1:${port}${url.pathname}${url.search}`, host, proto)
        .then((page) => {
          if (page) pages.set(key, version, page, page.bytes + 1_000);
          return page;
        })
        .finally(() => renders.delete(renderKey));
      renders.set(renderKey, render);
    }
    const page = await render;
    return page ? answer(page, false, "miss") : null;
  } catch (error) {
    console.warn(`The page cache let ${url.pathname} through to Next:`, error instanceof Error ? error.message : error);
    return null;
  }
}

async function renderPage(url: string, host: string, proto: string | null): Promise<StoredPage | null> {
  const headers = new Headers({ [RENDER_HEADER]: secret, accept: "text/html", "accept-encoding": "identity" });
  // fetch sends its own Host; the page makes its absolute links from these (lib/origin.ts).
  if (host) headers.set("x-forwarded-host", host);
  if (proto) headers.set("x-forwarded-proto", proto);
  const response = await fetch(url, { headers, redirect: "manual", signal: AbortSignal.timeout(30_000) });
  const body = await response.text();
  const nonce = /'nonce-([^']+)'/.exec(response.headers.get("content-security-policy") ?? "")?.[1];
  const storable =
    response.status === 200 &&
    nonce !== undefined &&
    (response.headers.get("content-type") ?? "").startsWith("text/html") &&
    !response.headers.has("set-cookie");
  if (!storable) return null;
  const kept = [...response.headers].filter(([name]) => !UNSTORED_HEADERS.has(name) && !name.startsWith("x-middleware-"));
  const parts = body.split(nonce).map((part) => Buffer.from(part));
  return { status: response.status, headers: kept, parts, bytes: parts.reduce((n, part) => n + part.length, 0) };
}

function answer(page: StoredPage, head: boolean, outcome: string): NextResponse {
  const nonce = createNonce();
  const headers = new Headers(page.headers);
  headers.set("Content-Security-Policy", pageContentSecurityPolicy(nonce, { development: false }));
  headers.set(CACHE_HEADER, outcome);
  if (head) return new NextResponse(null, { status: page.status, headers });
  const nonceBytes = Buffer.from(nonce);
  const chunks = page.parts.flatMap((part, i) => (i === 0 ? [part] : [nonceBytes, part]));
  headers.set("content-length", String(page.bytes + nonceBytes.length * (page.parts.length - 1)));
  // The stored parts are written as they are, never copied: nothing downstream changes a chunk it is given.
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });
  return new NextResponse(body, { status: page.status, headers });
}
