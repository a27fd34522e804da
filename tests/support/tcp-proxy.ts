import net from "node:net";

export type CutMode =
  /** Connections are refused, as when the database server is stopped. */
  | "refuse"
  /** Connections are accepted and never answered, as behind a dead network link. */
  | "hang";

/** Decides, for each chunk the app sends to the database, whether the link breaks just before it. */
type CutTrigger = { shouldCut: (chunk: Buffer) => boolean; mode: CutMode; fired: () => void };

/**
 * A TCP relay between the app and a PostgreSQL server that a test can cut and
 * restore: the database "stops" without stopping the server other tests share.
 * It can also break the link at an exact point of a conversation (before the
 * app's Nth query, say) to interrupt a transaction halfway.
 */
export class TcpProxy {
  readonly port: number;
  private server: net.Server;
  private readonly sockets = new Set<net.Socket>();
  private mode: "open" | CutMode = "open";
  private trigger: CutTrigger | undefined;
  private readonly observers = new Set<(chunk: Buffer) => void>();

  private constructor(
    private readonly target: { host: string; port: number },
    server: net.Server,
    port: number,
  ) {
    this.server = server;
    this.port = port;
  }

  static async start(target: { host: string; port: number }, port = 0): Promise<TcpProxy> {
    const server = net.createServer();
    const proxy = new TcpProxy(target, server, await listen(server, port));
    server.on("connection", (client) => proxy.accept(client));
    return proxy;
  }

  /** Drops every open connection; new ones are refused or left hanging. */
  async cut(mode: CutMode = "refuse"): Promise<void> {
    this.mode = mode;
    const switching = this.setListening(mode !== "refuse");
    this.dropAll();
    await switching;
  }

  /**
   * Cuts the link (as `cut` does) at the first chunk from the app for which
   * `shouldCut` is true, before that chunk reaches the database. Resolves once cut.
   */
  cutBefore(shouldCut: (chunk: Buffer) => boolean, mode: CutMode = "refuse"): Promise<void> {
    return new Promise((resolve) => {
      this.trigger = { shouldCut, mode, fired: resolve };
    });
  }

  /** Calls `listener` with every chunk the app sends to the database; returns a function that stops it. */
  observe(listener: (chunk: Buffer) => void): () => void {
    this.observers.add(listener);
    return () => this.observers.delete(listener);
  }

  /** Accepts and relays connections again, on the same port. */
  async restore(): Promise<void> {
    this.trigger = undefined;
    if (this.mode === "hang") this.dropAll();
    this.mode = "open";
    await this.setListening(true);
  }

  async stop(): Promise<void> {
    this.trigger = undefined;
    this.mode = "refuse";
    const closing = this.setListening(false);
    this.dropAll();
    await closing;
  }

  private dropAll(): void {
    for (const socket of this.sockets) socket.destroy();
    this.sockets.clear();
  }

  private async setListening(on: boolean): Promise<void> {
    if (on === this.server.listening) return;
    if (on) {
      this.server = net.createServer((client) => this.accept(client));
      await listen(this.server, this.port);
    } else {
      await close(this.server);
    }
  }

  private accept(client: net.Socket): void {
    this.track(client);
    if (this.mode === "hang") return;
    const upstream = net.connect(this.target.port, this.target.host);
    this.track(upstream);
    client.on("data", (chunk: Buffer) => {
      const trigger = this.trigger;
      if (trigger?.shouldCut(chunk)) {
        this.trigger = undefined;
        void this.cut(trigger.mode).then(trigger.fired);
        return;
      }
      for (const observer of this.observers) observer(chunk);
      upstream.write(chunk);
    });
    upstream.pipe(client);
    const end = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on("error", end).on("close", end);
    upstream.on("error", end).on("close", end);
  }

  private track(socket: net.Socket): void {
    this.sockets.add(socket);
    socket.on("close", () => this.sockets.delete(socket));
    socket.on("error", () => {});
  }
}

/**
 * The SQL texts in a chunk of the PostgreSQL wire protocol sent by a client:
 * simple queries ('Q') and the statements of extended-protocol Parse messages ('P').
 */
export function sqlInChunk(chunk: Buffer): string[] {
  const found: string[] = [];
  let at = 0;
  while (at + 5 <= chunk.length) {
    const type = String.fromCharCode(chunk[at]);
    const length = chunk.readUInt32BE(at + 1);
    if (length < 4 || at + 1 + length > chunk.length) break;
    const body = chunk.subarray(at + 5, at + 1 + length);
    if (type === "Q") found.push(cString(body, 0).text);
    else if (type === "P") {
      const name = cString(body, 0);
      found.push(cString(body, name.next).text);
    }
    at += 1 + length;
  }
  return found;
}

function cString(buffer: Buffer, from: number): { text: string; next: number } {
  const end = buffer.indexOf(0, from);
  const stop = end === -1 ? buffer.length : end;
  return { text: buffer.toString("utf8", from, stop), next: stop + 1 };
}

function listen(server: net.Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      server.off("error", reject);
      resolve((server.address() as net.AddressInfo).port);
    });
  });
}

function close(server: net.Server): Promise<void> {
  return new Promise((resolve) => server.close(() => resolve()));
}
