import { Feed } from "feed";
import { formatSaidOn } from "../dates";
import type { StatementView } from "./queries";

/** The feed carries the newest statements only; older ones are on the timeline. */
export const FEED_SIZE = 50;

// The feed package writes titles and content as type="html", so every piece of
// recorded text is escaped: a quote with "<" or "&" stays the words it was.
const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/** "Sergey Lavrov — 5 May 2023", the date at its precision ("June 2023", never a made-up day). */
export function feedEntryTitle(s: StatementView): string {
  return `${s.actor.name} — ${formatSaidOn(s.saidOn, s.saidOnPrecision)}`;
}

function entryContent(s: StatementView): string {
  const words = s.quote
    ? `<blockquote><p>“${escapeHtml(s.quote)}”</p></blockquote>`
    : `<p><em>Paraphrase:</em> ${escapeHtml(s.paraphrase ?? "")}</p>`;
  const paraphrase = s.quote && s.paraphrase ? `<p><em>Paraphrase:</em> ${escapeHtml(s.paraphrase)}</p>` : "";
  const speaker = s.actor.role ? `<p>${escapeHtml(s.actor.name)}, ${escapeHtml(s.actor.role)}</p>` : "";
  const source = s.sources[0] ? `<p>Source: ${escapeHtml(s.sources[0].outlet)}, “${escapeHtml(s.sources[0].title)}”</p>` : "";
  return words + paraphrase + speaker + source;
}

/**
 * An Atom feed of statements. `selfUrl` is the feed's own address and its id,
 * so each filtered feed (one actor, one condition) is a feed of its own;
 * `pageUrl` is the timeline showing the same statements.
 */
export function statementsAtomFeed(
  statements: StatementView[],
  { origin, selfUrl, pageUrl, subtitle }: { origin: string; selfUrl: string; pageUrl: string; subtitle: string },
): string {
  const updated = statements.reduce<Date | null>((latest, s) => {
    const at = new Date(s.updatedAt);
    return !latest || at > latest ? at : latest;
  }, null);
  const feed = new Feed({
    id: selfUrl,
    title: "Positions: statements on a ceasefire and peace talks",
    description: subtitle,
    link: pageUrl,
    feedLinks: { atom: selfUrl },
    language: "en",
    // An empty feed has nothing to date it by; the epoch says "never" without claiming a change now.
    updated: updated ?? new Date(0),
    generator: false,
  });
  for (const s of statements) {
    const link = `${origin}/statements/${s.id}`;
    feed.addItem({
      id: link,
      link,
      title: escapeHtml(feedEntryTitle(s)),
      date: new Date(s.updatedAt),
      published: new Date(s.createdAt),
      content: entryContent(s),
      author: [{ name: s.actor.name, link: `${origin}/actors/${s.actor.slug}` }],
      category: s.topics.map((t) => ({ term: t.slug, name: t.label })),
    });
  }
  return feed.atom1();
}
