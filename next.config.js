/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native and wasm database drivers are loaded by Node at run time, not bundled.
  serverExternalPackages: ["pg", "@electric-sql/pglite", "pglite-prisma-adapter", "@prisma/adapter-pg"],
  poweredByHeader: false,
  // Lets two servers of one checkout run side by side (a benchmark next to a dev server).
  distDir: process.env.NEXT_DIST_DIR || ".next",
};

export default nextConfig;
