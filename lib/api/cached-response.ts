import "server-only";
import { LedgerCache, readThrough } from "@/lib/db/ledger";

type Stored = { status: number; headers: [string, string][]; body: string };

// The public reads' answers as sent (status, headers, body), so a hit costs the
// version check and a copy of a string: no query, no view objects, no JSON.
// About 50 KB for a page of 50 statements; the bounds keep it to a few hundred
// pages per process.
const store = globalThis as unknown as { positionsResponses?: LedgerCache<Stored> };
const cache = (store.positionsResponses ??= new LedgerCache<Stored>({ maxEntries: 1_000, maxBytes: 48 * 2 ** 20 }));

/**
 * The response `build` gives for `key`, built again only after a write to the
 * ledger (lib/db/ledger.ts). The key must name everything the answer depends
 * on: the normalized query, and the origin when the body carries links. 2xx and
 * 4xx answers are kept (an unknown actor slug stays unknown until a write);
 * anything else is built afresh every time.
 */
export async function cachedResponse(key: string, build: () => Promise<Response>): Promise<Response> {
  const stored = await readThrough(cache, key, async () => {
    const response = await build();
    const body = await response.text();
    const value = { status: response.status, headers: [...response.headers], body };
    return { value, bytes: body.length * 2 + 200, keep: response.status < 500 };
  });
  return new Response(stored.body, { status: stored.status, headers: stored.headers });
}
