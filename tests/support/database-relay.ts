import { TcpProxy } from "./tcp-proxy";

// The failure tests reach their PostgreSQL database through a relay they can
// cut: the test process's own client (getDb) and any `next start` they run.

let relay: TcpProxy | undefined;

/** Starts the relay to the database at DATABASE_URL and points DATABASE_URL at the relay. */
export async function routeDatabaseThroughRelay(): Promise<TcpProxy> {
  const direct = new URL(process.env.DATABASE_URL!);
  relay = await TcpProxy.start({ host: direct.hostname, port: Number(direct.port || 5432) });
  const throughRelay = new URL(direct);
  throughRelay.hostname = "127.0.0.1";
  throughRelay.port = String(relay.port);
  process.env.DATABASE_URL = throughRelay.toString();
  return relay;
}

export function databaseRelay(): TcpProxy {
  if (!relay) throw new Error("The database relay is started by tests/support/setup-failure.ts");
  return relay;
}
