import net from "node:net";

export type CutMode =
  /** Connections are refused, as when the database server is stopped. */
  | "refuse"
  /** Connections are accepted and never answered, as behind a dead network link. */
  | "hang";

/**
 * A TCP relay between the app and a PostgreSQL server that a test can cut and
 * restore: the database "stops" without stopping the server other tests share.
 */
export class TcpProxy {
  readonly port: number;
  private server: net.Server;
  private readonly sockets = new Set<net.Socket>();
  private mode: "open" | CutMode = "open";

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

  /** Accepts and relays connections again, on the same port. */
  async restore(): Promise<void> {
    if (this.mode === "hang") this.dropAll();
    this.mode = "open";
    await this.setListening(true);
  }

  async stop(): Promise<void> {
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
    client.pipe(upstream).pipe(client);
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
