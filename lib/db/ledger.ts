import { getLedgerConnection } from "../db";

// Read caches and the promise "a write is visible on the very next request".
//
// Every write to the ledger bumps one counter in its own transaction (the
// LedgerVersion triggers), and every cached read first asks the database for
// the counter: a result is reused only while the counter has not moved. That
// one-row query is the whole price of a hit, and it keeps the promise with any
// number of servers behind a load balancer, since a write through one server
// is seen by the next request's check on every other. LISTEN/NOTIFY would save
// the query but arrives a moment after the commit: a client that writes
// through one server and reads through another could, for that moment, get
// the old answer. With the embedded database there is one process and the
// check costs even less.
//
// The check runs on a connection of its own, so a pool busy with slow queries
// does not delay hits, and concurrent requests share it: a request joins a
// check that starts after it arrived (never one already under way, which may
// have read the counter before the write this request follows committed), so
// under load one check serves many requests.

type Check = Promise<string>;
type State = { running?: Check; next?: Check };

const store = globalThis as unknown as { positionsLedger?: State };
const state = (): State => (store.positionsLedger ??= {});

/**
 * The ledger's version as of a moment after this call: what a read computed
 * after it may be cached under. Opaque: compare for equality only.
 */
export function ledgerVersion(): Check {
  const s = state();
  if (!s.running) return start(s);
  s.next ??= s.running
    .then(
      () => {},
      () => {},
    )
    .then(() => {
      s.next = undefined;
      return start(s);
    });
  return s.next;
}

function start(s: State): Check {
  const check: Check = readVersion().finally(() => {
    if (s.running === check) s.running = undefined;
  });
  s.running = check;
  return check;
}

async function readVersion(): Promise<string> {
  const connection = await getLedgerConnection();
  const [row] = await connection.query<{ version: string }>(`SELECT "version"::text AS version FROM "LedgerVersion" WHERE id = 1`);
  // The connection object changes when the database is closed and opened again
  // (tests, scripts): a version of another database must never match.
  return `${generation(connection)}:${row?.version ?? "none"}`;
}

const generations = new WeakMap<object, number>();
let generationCount = 0;
function generation(connection: object): number {
  let n = generations.get(connection);
  if (n === undefined) generations.set(connection, (n = ++generationCount));
  return n;
}

type Entry<T> = { version: string; value: T; bytes: number };

/**
 * A bounded least-recently-used map of results, each tagged with the ledger
 * version it was read at; an entry of an older version is never returned.
 */
export class LedgerCache<T> {
  /** Reads under way, by version and key, for readThrough to share. */
  readonly inFlight = new Map<string, Promise<{ value: T; bytes: number; keep: boolean }>>();
  private entries = new Map<string, Entry<T>>();
  private bytes = 0;

  constructor(private readonly limits: { maxEntries: number; maxBytes: number }) {}

  get(key: string, version: string): T | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    if (entry.version !== version) {
      this.bytes -= entry.bytes;
      return undefined;
    }
    this.entries.set(key, entry);
    return entry.value;
  }

  set(key: string, version: string, value: T, bytes: number): void {
    if (bytes > this.limits.maxBytes / 8) return;
    const old = this.entries.get(key);
    if (old) {
      this.entries.delete(key);
      this.bytes -= old.bytes;
    }
    this.entries.set(key, { version, value, bytes });
    this.bytes += bytes;
    for (const [oldest, entry] of this.entries) {
      if (this.entries.size <= this.limits.maxEntries && this.bytes <= this.limits.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= entry.bytes;
    }
  }
}

/**
 * `compute()`'s result for `key`, reused while the ledger has not changed. The
 * version is read before computing, so a result is never filed under a version
 * newer than the data it saw.
 */
export async function readThrough<T>(
  cache: LedgerCache<T>,
  key: string,
  compute: () => Promise<{ value: T; bytes: number; keep: boolean }>,
): Promise<T> {
  const version = await ledgerVersion();
  const hit = cache.get(key, version);
  if (hit !== undefined) return hit;
  // Requests that miss together on the same question at the same version share
  // one read: right after a write, a busy page would otherwise be read once per
  // waiting request, each as slow as the first.
  const flightKey = `${version} ${key}`;
  const pending = cache.inFlight.get(flightKey);
  if (pending) return (await pending).value;
  const computing = compute();
  cache.inFlight.set(flightKey, computing);
  try {
    const { value, bytes, keep } = await computing;
    if (keep) cache.set(key, version, value, bytes);
    return value;
  } finally {
    cache.inFlight.delete(flightKey);
  }
}

// View objects of the pages' reads (a timeline page, its count and chart, an
// actor's overview…), shared by every request that asks the same question
// while the ledger has not changed. Callers must not mutate what they get.
const views = ((globalThis as unknown as { positionsViews?: LedgerCache<unknown> }).positionsViews ??= new LedgerCache<unknown>(
  { maxEntries: 2_000, maxBytes: 96 * 1024 * 1024 },
));

/**
 * `read`, answered from the ledger-version cache for the same arguments (which
 * must be JSON: filters, slugs, options). The first call with new arguments
 * reads the database; later ones, until the next write anywhere in the ledger,
 * cost one version check.
 */
export function cachedRead<A extends unknown[], T>(name: string, read: (...args: A) => Promise<T>): (...args: A) => Promise<T> {
  return (...args: A) =>
    readThrough(views as LedgerCache<T>, `${name} ${JSON.stringify(args)}`, async () => {
      const value = await read(...args);
      // The size is only an estimate for the cache's byte bound, worked out once per miss.
      return { value, bytes: 2 * (JSON.stringify(value)?.length ?? 0), keep: true };
    });
}
