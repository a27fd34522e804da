import { stringify } from "csv-stringify/sync";
import type { StatementView } from "./queries";

// The CSV export: one row per statement, in columns that stay put, so a
// spreadsheet or script built on one export reads the next.

export const CSV_COLUMNS = [
  "id",
  "url",
  "actor_slug",
  "actor_name",
  "actor_role",
  "speaker_as_written",
  "said_on",
  "said_on_precision",
  "published_on",
  "quote",
  "paraphrase",
  "language",
  "translation_path",
  "venue",
  "ceasefire_stance",
  "talks_stance",
  "background",
  "conditions",
  "topics",
  "source_outlets",
  "source_titles",
  "source_urls",
  "source_published_on",
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];

/**
 * A spreadsheet runs a cell that starts with =, +, - or @ (or a tab or carriage
 * return before one) as a formula, so a quote crafted as "=HYPERLINK(…)" would
 * run on the reader's machine. A leading apostrophe makes it plain text.
 */
export function neutraliseCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

const list = (values: (string | null)[]) => values.map((v) => v ?? "").join("; ");

export function statementCsvRecord(s: StatementView, origin: string): Record<CsvColumn, string> {
  const record: Record<CsvColumn, string> = {
    id: String(s.id),
    url: `${origin}/statements/${s.id}`,
    actor_slug: s.actor.slug,
    actor_name: s.actor.name,
    actor_role: s.actor.role ?? "",
    speaker_as_written: s.speakerAsWritten ?? "",
    said_on: s.saidOn,
    said_on_precision: s.saidOnPrecision,
    published_on: s.publishedOn ?? "",
    quote: s.quote ?? "",
    paraphrase: s.paraphrase ?? "",
    language: s.language ?? "",
    translation_path: s.translationPath ?? "",
    venue: s.venue ?? "",
    ceasefire_stance: s.ceasefireStance,
    talks_stance: s.talksStance,
    background: s.background ? "true" : "false",
    conditions: list(s.conditions.map((c) => `${c.slug}:${c.appliesTo}:${c.position}`)),
    topics: list(s.topics.map((t) => t.slug)),
    source_outlets: list(s.sources.map((src) => src.outlet)),
    source_titles: list(s.sources.map((src) => src.title)),
    source_urls: list(s.sources.map((src) => src.url)),
    source_published_on: list(s.sources.map((src) => src.publishedOn)),
  };
  for (const column of CSV_COLUMNS) record[column] = neutraliseCell(record[column]);
  return record;
}

/** CSV text for a batch of statements; the first batch carries the byte order mark and the header. */
export function statementsCsv(statements: StatementView[], origin: string, { first }: { first: boolean }): string {
  return stringify(
    statements.map((s) => statementCsvRecord(s, origin)),
    {
      // Excel reads a file without the mark as the local code page and garbles Кремль and Zelenskyy’s.
      bom: first,
      header: first,
      columns: [...CSV_COLUMNS],
      record_delimiter: "windows",
    },
  );
}

/**
 * The export as a byte stream, written batch by batch as the statements are
 * read, so an export of many thousand rows never sits whole in memory.
 */
export function statementsCsvStream(batches: AsyncIterable<StatementView[]>, origin: string): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = batches[Symbol.asyncIterator]();
  let first = true;
  return new ReadableStream({
    async pull(controller) {
      const next = await iterator.next();
      if (next.done) {
        // An export with no rows still carries its header.
        if (first) controller.enqueue(encoder.encode(statementsCsv([], origin, { first })));
        controller.close();
        return;
      }
      controller.enqueue(encoder.encode(statementsCsv(next.value, origin, { first })));
      first = false;
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}

/** positions-statements-2024-06-14.csv, dated the day of the export (UTC). */
export function csvFilename(now: Date): string {
  return `positions-statements-${now.toISOString().slice(0, 10)}.csv`;
}
