import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { runInNewContext } from "node:vm";
import { gzipSync } from "node:zlib";
import { table, verdict } from "./stats";

export const TIMELINE_BUDGET_KB = 150;

export type BundleSize = { route: string; files: number; gzipKb: number };

type ClientManifest = { entryJSFiles?: Record<string, string[]> };

/**
 * First-load JavaScript of every page in a build: the runtime every page loads
 * (rootMainFiles) plus the client chunks of the page and of each layout, error,
 * loading and not-found boundary above it, from the page's client reference
 * manifest; each file gzipped, summed once per page. Polyfills are left out as
 * browsers that run modules never load them.
 */
export async function measureBundles(distDir: string): Promise<BundleSize[]> {
  const appDir = path.join(distDir, "server", "app");
  const buildManifest = JSON.parse(readFileSync(path.join(distDir, "build-manifest.json"), "utf8")) as {
    rootMainFiles: string[];
  };
  const gzipped = new Map<string, number>();
  const sizeOf = (file: string) => {
    if (!gzipped.has(file)) gzipped.set(file, gzipSync(readFileSync(path.join(distDir, file))).length);
    return gzipped.get(file)!;
  };

  const results: BundleSize[] = [];
  for (const manifestFile of findPageManifests(appDir)) {
    const route = `/${path.relative(appDir, path.dirname(manifestFile)).split(path.sep).join("/")}`.replace(/\/$/, "") || "/";
    const context: { globalThis: { __RSC_MANIFEST?: Record<string, ClientManifest> } } = { globalThis: {} };
    runInNewContext(readFileSync(manifestFile, "utf8"), context);
    const manifest = Object.values(context.globalThis.__RSC_MANIFEST ?? {})[0];
    const segments = route === "/" ? [] : route.slice(1).split("/");
    const prefixes = segments.map((_, i) => `/${segments.slice(0, i + 1).join("/")}`);
    const boundaryKeys = ["", ...prefixes].flatMap((prefix) =>
      ["layout", "error", "loading", "not-found", "template"].map((kind) => `[project]/app${prefix}/${kind}`),
    );
    const keys = [...boundaryKeys, `[project]/app${route === "/" ? "" : route}/page`];
    const files = new Set(buildManifest.rootMainFiles);
    for (const key of keys) for (const file of manifest?.entryJSFiles?.[key] ?? []) files.add(file);
    const bytes = [...files].reduce((sum, file) => sum + sizeOf(file), 0);
    results.push({ route, files: files.size, gzipKb: bytes / 1024 });
  }
  return results.sort((a, b) => a.route.localeCompare(b.route));
}

function findPageManifests(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return findPageManifests(full);
    return entry.name === "page_client-reference-manifest.js" ? [full] : [];
  });
}

export function bundleTable(bundles: BundleSize[]): string {
  const pages = bundles.filter((b) => !b.route.startsWith("/_"));
  return table(
    ["page", "JS files", "first-load JS, gzip", "budget"],
    pages.map((b) => [
      `\`${b.route}\``,
      String(b.files),
      `${b.gzipKb.toFixed(1)} KB`,
      b.route === "/" ? `≤ ${TIMELINE_BUDGET_KB} KB: ${verdict(b.gzipKb <= TIMELINE_BUDGET_KB)}` : "",
    ]),
  );
}
