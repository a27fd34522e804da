import { evaluateExtraction, formatEvaluation } from "@/lib/import/evaluate";
import { loadSeedCases } from "./seed-cases";

// npm run eval:import [-- --verbose]: scores the article extractor on the five
// seed articles against the statements recorded by hand from them.
const { cases, knowledge } = await loadSeedCases();
const report = evaluateExtraction(cases, knowledge);
process.stdout.write(`${formatEvaluation(report, process.argv.includes("--verbose"))}\n`);
