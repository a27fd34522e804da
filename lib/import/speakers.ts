import { normalizeName } from "../actors/normalize";
import { NON_NAME_WORDS, ORGANISATION_WORDS, ROLE_DESCRIPTORS, TITLE_WORDS } from "./rules";
import type { ImportKnowledge } from "./schema";
import type { Token } from "./text";

export type SpeakerKind = "person" | "organisation" | "group";

export type ResolvedSpeaker = {
  slug: string | null;
  asWritten: string;
  kind: SpeakerKind;
};

type Actor = ImportKnowledge["actors"][number];

/**
 * A spelling-insensitive form of a name, so that transliterations the
 * database does not list still meet ("Zelenskyi", "Zelenskyy" and "Zelensky"
 * all become "zelenski"). Used only for people's names of some length, where
 * collisions are unlikely.
 */
export function nameSkeleton(name: string): string {
  return normalizeName(name)
    .replace(/kh/g, "h")
    .replace(/th/g, "t")
    .replace(/ph/g, "f")
    .replace(/w/g, "v")
    .replace(/ck/g, "k")
    .replace(/yy|iy|ij|ii|yi|y/g, "i")
    .replace(/(\p{L})\1+/gu, "$1");
}

const stripPossessive = (word: string) => word.replace(/['’]s$/u, "").replace(/['’]$/u, "");
const isCapitalised = (word: string) => /^\p{Lu}/u.test(word);

function isNameWord(word: string): boolean {
  const bare = stripPossessive(word);
  if (!isCapitalised(bare)) return false;
  if (/^\p{Lu}\.?$/u.test(bare)) return false; // an initial or a stray letter ("S Secretary")
  if (/^(?:the|a|an)$/i.test(bare)) return false;
  if (NON_NAME_WORDS.has(bare) || NON_NAME_WORDS.has(word) || NON_NAME_WORDS.has(bare.replace(/\.$/, ""))) return false;
  if (/^\p{Lu}[\p{L}]*-\p{Ll}/u.test(bare)) return false; // "Moscow-appointed", "Washington-based"
  return true;
}

type AliasEntry = { actor: Actor; words: string[]; person: boolean };

/**
 * Resolves the noun phrase that stands before a speech verb to an actor:
 * by name or alias (any listed transliteration), by office held at the
 * reference date ("the Russian leader", "Washington's top diplomat"), or as
 * an organisation ("the Kremlin"). A name that is not an actor's stays a
 * named but unknown speaker: never guess a known actor for it.
 */
export function createSpeakerResolver(actors: ImportKnowledge["actors"], referenceOn: string | null) {
  const aliases: AliasEntry[] = [];
  const firstNames = new Map<string, Set<string>>();
  for (const actor of actors) {
    const person = (actor.kind ?? "person") === "person";
    const known = new Set<string>();
    for (const name of [actor.name, ...actor.aliases]) {
      const words = normalizeName(name).split(" ").filter(Boolean);
      if (words.length === 0) continue;
      aliases.push({ actor, words, person });
      if (person && words.length > 1) known.add(nameSkeleton(words[0]));
    }
    firstNames.set(actor.slug, known);
  }
  // Longest aliases first, so "Vladimir Zelensky" wins over "Vladimir".
  aliases.sort((a, b) => b.words.length - a.words.length);

  function matchAliases(tokens: Token[]) {
    const keys = tokens.map((t) => normalizeName(stripPossessive(t.text)));
    const skeletons = keys.map(nameSkeleton);
    const matches: { entry: AliasEntry; from: number; to: number }[] = [];
    const covered = new Set<number>();
    for (const entry of aliases) {
      const n = entry.words.length;
      for (let i = 0; i + n <= tokens.length; i++) {
        if ([...Array(n).keys()].some((k) => covered.has(i + k))) continue;
        const exact = entry.words.every((w, k) => keys[i + k] === w);
        const fuzzy =
          !exact &&
          entry.person &&
          entry.words.every((w, k) => w.length >= 4 && skeletons[i + k] === nameSkeleton(w));
        const capitalised = isCapitalised(tokens[i].text);
        if ((exact || fuzzy) && capitalised) {
          matches.push({ entry, from: i, to: i + n });
          for (let k = 0; k < n; k++) covered.add(i + k);
        }
      }
    }
    matches.sort((a, b) => a.from - b.from);
    return { matches, covered };
  }

  function byRole(text: string): Actor | null {
    for (const descriptor of ROLE_DESCRIPTORS) {
      if (!descriptor.phrases.test(text)) continue;
      const holders = actors.filter((a) =>
        a.roles.some(
          (r) =>
            descriptor.roleTitle.test(r.title) &&
            (referenceOn === null || (r.startOn <= referenceOn && (!r.endOn || r.endOn >= referenceOn))),
        ),
      );
      return holders.length === 1 ? holders[0] : null;
    }
    return null;
  }

  function kindOf(tokens: Token[]): SpeakerKind {
    if (tokens.some((t) => ORGANISATION_WORDS.has(stripPossessive(t.text)))) return "organisation";
    const last = tokens[tokens.length - 1]?.text.toLowerCase() ?? "";
    if (TITLE_WORDS.has(last) && last.endsWith("s")) return "group";
    return "person";
  }

  return function resolve(tokens: Token[], asWritten: string): ResolvedSpeaker {
    const { matches, covered } = matchAliases(tokens);
    const unknownNames = tokens.filter((t, i) => !covered.has(i) && isNameWord(t.text));

    const person = matches.find((m) => m.entry.person);
    if (person) {
      // "Hunter Biden" is not "Biden": a first name the actor is not known by
      // in front of a bare surname means someone else of that name.
      const before = tokens[person.from - 1];
      const surnameOnly = person.entry.words.length === 1;
      const strangerFirstName =
        surnameOnly &&
        before !== undefined &&
        isNameWord(before.text) &&
        !covered.has(person.from - 1) &&
        !(firstNames.get(person.entry.actor.slug) ?? new Set()).has(nameSkeleton(before.text));
      if (!strangerFirstName) return { slug: person.entry.actor.slug, asWritten, kind: "person" };
      return { slug: null, asWritten, kind: "person" };
    }
    if (unknownNames.length > 0) return { slug: null, asWritten, kind: kindOf(tokens) };

    const holder = byRole(asWritten);
    if (holder) return { slug: holder.slug, asWritten, kind: "person" };

    // An organisation only when the phrase is just its name ("the Kremlin",
    // "Moscow"): "Ukraine's presidential office" is some other body.
    const bare = normalizeName(asWritten.replace(/^(?:the|a|an)\s+/i, ""));
    const org = aliases.find((a) => !a.person && a.words.join(" ") === bare);
    if (org) return { slug: org.actor.slug, asWritten, kind: "organisation" };
    if (matches.length > 0 && tokens.length === matches[0].to - matches[0].from) {
      return { slug: matches[0].entry.actor.slug, asWritten, kind: matches[0].entry.person ? "person" : "organisation" };
    }
    return { slug: null, asWritten, kind: kindOf(tokens) };
  };
}

export type SpeakerResolver = ReturnType<typeof createSpeakerResolver>;
