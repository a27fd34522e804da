import path from "node:path";
import { defineConfig } from "vitest/config";

// Vitest 5 prints failures with Map.groupBy, which Node 20 lacks (Node 21+):
// without it a failing run ends in a TypeError instead of the failures.
if (!("groupBy" in Map)) {
  Object.defineProperty(Map, "groupBy", {
    value<T, K>(items: Iterable<T>, key: (item: T, index: number) => K): Map<K, T[]> {
      const groups = new Map<K, T[]>();
      let index = 0;
      for (const item of items) {
        const k = key(item, index++);
        groups.set(k, [...(groups.get(k) ?? []), item]);
      }
      return groups;
    },
  });
}

const root = import.meta.dirname;
const shared = {
  resolve: {
    alias: {
      "@": root,
      // The real package throws outside React Server Components; tests call lib directly.
      "server-only": path.join(root, "tests/support/server-only.ts"),
    },
  },
};

// Every suite runs on the embedded database; with DATABASE_URL set, the
// integration suite runs a second time on that PostgreSQL server, and the
// failure suite (which needs a server it can cut off) runs too.
export default defineConfig({
  test: {
    projects: [
      {
        ...shared,
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node" },
      },
      {
        ...shared,
        test: {
          name: "embedded",
          include: ["tests/integration/**/*.test.ts"],
          setupFiles: ["tests/support/setup-embedded.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      ...(process.env.DATABASE_URL
        ? [
            {
              ...shared,
              test: {
                name: "postgres",
                include: ["tests/integration/**/*.test.ts"],
                setupFiles: ["tests/support/setup-postgres.ts"],
                testTimeout: 60_000,
                hookTimeout: 120_000,
              },
            },
            {
              ...shared,
              // The app under faults (database cut mid-run, interrupted and
              // concurrent writes, hostile payloads) against `next start` and PostgreSQL.
              test: {
                name: "failure",
                include: ["tests/failure/**/*.test.ts"],
                setupFiles: ["tests/support/setup-postgres.ts", "tests/support/setup-failure.ts"],
                testTimeout: 120_000,
                hookTimeout: 300_000,
              },
            },
          ]
        : []),
    ],
  },
});
