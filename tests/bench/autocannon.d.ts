// The part of autocannon's API the benchmark uses (the package ships no types,
// and @types/autocannon is not a dependency).
declare module "autocannon" {
  type Histogram = { average: number; p50: number; p99: number };
  export type Result = {
    requests: Histogram;
    latency: Histogram;
    non2xx: number;
    errors: number;
    timeouts: number;
  };
  export default function autocannon(options: { url: string; connections: number; duration: number }): Promise<Result>;
}
