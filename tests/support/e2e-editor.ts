import { readFileSync } from "node:fs";
import path from "node:path";

// Where the browser tests' server keeps its database and the editor account
// made for them (written by e2e-server.ts, read by the tests).

const root = path.resolve(import.meta.dirname, "../..");

export const E2E_DATA_DIR = path.join(root, ".data/e2e/pglite");
export const E2E_EDITOR_FILE = path.join(root, ".data/e2e/editor.json");

export type E2eEditor = { email: string; name: string; password: string; apiToken: string };

export function readE2eEditor(): E2eEditor {
  return JSON.parse(readFileSync(E2E_EDITOR_FILE, "utf8")) as E2eEditor;
}
