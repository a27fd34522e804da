import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";

export type WriteCheck = { outcome: "visible" | "missing" | "not-checked"; detail: string };

/**
 * "A statement saved by an editor is visible on the very next request": an
 * editor token from `npm run editor -- create`, one POST /api/statements, and
 * at once a GET of that actor's newest statements, which must contain it.
 */
export async function checkWriteVisibility(baseUrl: string, databaseUrl: string, actorSlug: string): Promise<WriteCheck> {
  try {
    return await writeThenRead(baseUrl, databaseUrl, actorSlug);
  } catch (error) {
    return { outcome: "not-checked", detail: `the server did not answer: ${(error as Error).message}` };
  }
}

async function writeThenRead(baseUrl: string, databaseUrl: string, actorSlug: string): Promise<WriteCheck> {
  const scripts = (JSON.parse(readFileSync("package.json", "utf8")) as { scripts: Record<string, string> }).scripts;
  if (!scripts.editor) return { outcome: "not-checked", detail: "no `npm run editor` script yet (editor accounts not built)" };

  const email = `bench-${Date.now()}@example.org`;
  const created = spawnSync("npm", ["run", "--silent", "editor", "--", "create", email], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: "utf8",
  });
  const token = created.stdout.match(/API token:\s+(\S+)/)?.[1];
  if (created.status !== 0 || !token) {
    return { outcome: "not-checked", detail: `\`npm run editor -- create\` gave no token (exit ${created.status}): ${created.stderr.slice(0, 200)}` };
  }

  const marker = `Benchmark write check ${Date.now()}`;
  const saidOn = new Date().toISOString().slice(0, 10);
  const post = await fetch(`${baseUrl}/api/statements`, {
    method: "POST",
    headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
    body: JSON.stringify({
      actor: actorSlug,
      saidOn,
      saidOnPrecision: "day",
      quote: marker,
      ceasefireStance: "none",
      talksStance: "none",
      topics: [],
      conditions: [],
      sources: [{ url: `https://synthetic.example/bench/${Date.now()}`, outlet: "Benchmark", title: marker, kind: "other" }],
    }),
  });
  if (!post.ok) {
    return { outcome: "not-checked", detail: `POST /api/statements answered ${post.status}: ${(await post.text()).slice(0, 300)}` };
  }
  const started = performance.now();
  const list = await fetch(`${baseUrl}/api/statements?actor=${actorSlug}&limit=5`);
  const body = (await list.json()) as { items?: { quote: string | null }[] };
  const elapsed = performance.now() - started;
  const found = body.items?.some((i) => i.quote === marker) ?? false;
  return found
    ? { outcome: "visible", detail: `in the GET sent right after the POST's 2xx (${elapsed.toFixed(0)} ms)` }
    : { outcome: "missing", detail: "the GET sent right after the POST's 2xx did not contain it" };
}
