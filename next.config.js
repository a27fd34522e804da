/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native and wasm database drivers are loaded by Node at run time, not bundled.
  serverExternalPackages: ["pg", "@electric-sql/pglite", "pglite-prisma-adapter", "@prisma/adapter-pg"],
  poweredByHeader: false,
};

export default nextConfig;
