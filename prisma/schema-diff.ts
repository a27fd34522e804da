import { readFile } from "node:fs/promises";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { createRequire } from "node:module";
import * as bindings from "@prisma/schema-engine-wasm/schema_engine_bg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { MIGRATIONS_DIR, readMigrations } from "../lib/db/migrate";

type SchemaEngine = import("@prisma/schema-engine-wasm").SchemaEngine;

// The package's entry imports its .wasm as an ES module, which Node cannot load;
// instantiate it by hand the way wasm-bindgen's bundler glue would.
let ready: Promise<void> | undefined;
function loadEngine(): Promise<void> {
  ready ??= (async () => {
    const glue = createRequire(import.meta.url).resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const wasmPath = path.join(path.dirname(glue), "schema_engine_bg.wasm");
    const { instance } = await WebAssembly.instantiate(await readFile(wasmPath), {
      "./schema_engine_bg.js": bindings as unknown as WebAssembly.ModuleImports,
    });
    bindings.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
  })();
  return ready;
}

const SCHEMA_PATH = path.join(process.cwd(), "prisma", "schema.prisma");

/**
 * The SQL that takes a database built from the committed migrations to what
 * prisma/schema.prisma describes; empty when the two agree. Runs Prisma's own
 * schema engine (wasm) on a throwaway in-memory database, so it needs no
 * native engine and no server.
 */
export async function diffMigrationsToSchema(): Promise<string> {
  await loadEngine();
  const pg = new PGlite();
  const engine = await bindings.SchemaEngine.new({ datamodels: undefined }, () => {}, bindMigrationAwareSqlAdapterFactory(new PrismaPGlite(pg)));
  try {
    const migrations = await readMigrations();
    const schema = await readFile(SCHEMA_PATH, "utf8");
    const from =
      migrations.length === 0
        ? ({ tag: "empty" } as const)
        : ({
            tag: "migrations",
            baseDir: MIGRATIONS_DIR,
            lockfile: { path: "migration_lock.toml", content: 'provider = "postgresql"\n' },
            shadowDbInitScript: "",
            migrationDirectories: migrations.map((m) => ({
              path: m.name,
              migrationFile: { path: "migration.sql", content: { tag: "ok", value: m.sql } },
            })),
          } as const);
    const result = await engine.diff({
      from,
      to: { tag: "schemaDatamodel", files: [{ path: SCHEMA_PATH, content: schema }] },
      script: true,
      exitCode: null,
      filters: { externalTables: [], externalEnums: [] },
    } as Parameters<SchemaEngine["diff"]>[0]);
    const sql = result.stdout ?? "";
    return sql.replace(/^-- This is an empty migration\.\s*$/m, "").trim();
  } finally {
    engine.free();
    await pg.close();
  }
}
