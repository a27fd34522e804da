import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      "lib/generated/**",
      ".next/**",
      // Builds in their own folders (browser tests, benchmarks, servers side by side) and test reports.
      ".next-*/**",
      "test-results/**",
      "playwright-report/**",
      "node_modules/**",
      "next-env.d.ts",
      ".data/**",
    ],
  },
];

export default config;
