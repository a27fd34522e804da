// Pure generators for the synthetic benchmark ledger (prisma/synthetic.ts):
// a seeded random source, weighted pickers, names and statement text.
//
// The text is built from sentence templates whose slots draw words with
// Zipf-like weights, so search has what a real ledger has: words in a large
// share of statements ("negotiations"), words in a few hundred, a word in a
// handful (RARE_WORD), and a phrase whose words are common but which is itself
// rare (PHRASE), the case where the planner's choice of plan matters most.

/** In about one statement in 50,000: the "rare word" the benchmark searches for. */
export const RARE_WORD = "trebuchet";
/** Both words are in about one statement in seven; the phrase in about one in 300. */
export const PHRASE = "front line";
/** In about a fifth of the statements. */
export const COMMON_WORD = "negotiations";

export type Random = () => number;

/** mulberry32: small, fast and good enough to make the same data from the same seed. */
export function seededRandom(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)];

/** Picks items by weight in O(log n) (cumulative weights, binary search). */
export function weightedPicker<T>(items: readonly T[], weights: readonly number[]): (random: Random) => T {
  const cumulative: number[] = [];
  let total = 0;
  for (const w of weights) cumulative.push((total += w));
  return (random) => {
    const target = random() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] > target) hi = mid;
      else lo = mid + 1;
    }
    return items[lo];
  };
}

/** Weights 1/(rank+offset)^exponent: a few heavy items and a long light tail. */
export const zipfWeights = (n: number, exponent: number, offset = 1): number[] =>
  Array.from({ length: n }, (_, i) => (i + offset) ** -exponent);

/** Picks by Zipf weight in list order: the first items are the most frequent. */
export const zipfPicker = <T>(items: readonly T[], exponent = 1, offset = 1) =>
  weightedPicker(items, zipfWeights(items.length, exponent, offset));

/**
 * Splits `total` among `n` actors by Zipf weight, at least `min` each, so a
 * few actors have tens of thousands of statements and the long tail a handful.
 */
export function actorSizes(total: number, n: number, min = 2): number[] {
  const weights = zipfWeights(n, 2.4, 8);
  const sum = weights.reduce((a, b) => a + b, 0);
  const sizes = weights.map((w) => Math.max(min, Math.floor((total * w) / sum)));
  // Rounding and the minimum leave the sum a little off: settle it on the largest.
  sizes[0] += total - sizes.reduce((a, b) => a + b, 0);
  return sizes;
}

const FIRST_NAMES = [
  "Olena", "Dmytro", "Andriy", "Oksana", "Sergei", "Maria", "Anna", "Mikhail", "Pavel", "Iryna",
  "Thomas", "Claire", "Jean", "Annalena", "Olaf", "Emmanuel", "Giorgia", "Pedro", "Mark", "Ursula",
  "Josep", "Kaja", "Jens", "Mette", "Ulf", "Sanna", "Petr", "Viktor", "Robert", "Karin",
  "Hakan", "Recep", "Wang", "Li", "Narendra", "Subrahmanyam", "Luiz", "Celso", "Cyril", "Naledi",
  "Antonio", "Rafael", "Volker", "Jake", "Lloyd", "Linda", "David", "Rishi", "James", "Catherine",
  "Kristalina", "Tedros", "Filippo", "Heiko", "Sven", "Gabrielius", "Edgars", "Margus", "Zbigniew", "Radoslaw",
];

const LAST_NAMES = [
  "Kovalenko", "Shevchenko", "Bondarenko", "Tkachenko", "Melnyk", "Kravchenko", "Lysenko", "Marchenko",
  "Ivanov", "Smirnov", "Kuznetsov", "Popov", "Sokolov", "Morozov", "Volkov", "Zaitsev",
  "Schneider", "Fischer", "Weber", "Wagner", "Becker", "Hoffmann", "Dubois", "Laurent",
  "Moreau", "Rossi", "Bianchi", "Garcia", "Martinez", "Jansen", "de Vries", "Nowak",
  "Kowalski", "Wisniewski", "Novak", "Horvath", "Nagy", "Andersson", "Johansson", "Nielsen",
  "Hansen", "Virtanen", "Tamm", "Ozols", "Kazlauskas", "Yilmaz", "Demir", "Zhang",
  "Chen", "Sharma", "Iyer", "Silva", "Santos", "Dlamini", "Okafor", "Haddad",
  "Carter", "Mitchell", "Sullivan", "Hughes", "Bennett", "Reed", "Foster", "Kingsley",
];

const AFFILIATIONS = [
  "Ukraine", "Russia", "United States", "European Union", "Germany", "France", "United Kingdom", "China",
  "Turkey", "Poland", "Italy", "Hungary", "India", "Brazil", "South Africa", "Finland",
  "Estonia", "Latvia", "Lithuania", "Sweden", "NATO", "United Nations", "Vatican", "Saudi Arabia",
];

const TITLES = [
  "Foreign Minister", "President", "Prime Minister", "Defence Minister", "National Security Adviser",
  "Ambassador to the United Nations", "Special Envoy", "Presidential Spokesperson", "Deputy Foreign Minister",
  "Head of the Presidential Office", "Secretary-General", "Chief Negotiator",
];

const VENUES = [
  "Press conference in Kyiv", "Briefing in Moscow", "Interview with a national broadcaster", "Speech at the UN General Assembly",
  "Munich Security Conference", "NATO summit", "G7 summit", "G20 summit", "Joint press conference in Brussels",
  "Statement on social media", "Address to parliament", "Interview with a wire agency", "Security Council meeting",
  "Talks in Istanbul", "Talks in Geneva", "Talks in Riyadh", "Visit to Warsaw", "Meeting in Minsk",
  "Phone call readout", "Television address", "Valdai Discussion Club", "Davos forum", "Visit to Beijing",
];

const OUTLETS: readonly (readonly [string, string])[] = [
  ["Reuters", "wire"], ["Associated Press", "wire"], ["Agence France-Presse", "wire"], ["Ukrinform", "wire"],
  ["TASS", "state_media"], ["RIA Novosti", "state_media"], ["BBC", "broadcaster"], ["Deutsche Welle", "broadcaster"],
  ["The Guardian", "newspaper"], ["The New York Times", "newspaper"], ["Financial Times", "newspaper"],
  ["Kyiv Independent", "newspaper"], ["Le Monde", "newspaper"], ["Meduza", "newspaper"],
  ["Kremlin transcript", "transcript"], ["Ministry transcript", "transcript"], ["News aggregator", "aggregator"],
];

const LANGUAGES = ["en", "en", "en", "en", "ru", "ru", "uk", "uk", "de", "fr", "tr", "zh"];

// Ordered from most to least frequent: the picker weighs by rank.
const NOUNS = [
  COMMON_WORD, "ceasefire", "peace", "security", "talks", "territory", "sovereignty", "guarantees",
  "sanctions", "agreement", "withdrawal", "troops", "dialogue", "escalation", "aggression", "compromise",
  "independence", "integrity", "settlement", "referendum", "neutrality", "reconstruction", "accountability",
  "prisoners", "exchange", "corridors", "grain", "energy", "infrastructure", "occupation", "borders",
  "mediation", "diplomacy", "weapons", "aid", "missiles", "drones", "tribunal", "reparations", "elections",
  "demilitarisation", "moratorium", "truce", "armistice", "memorandum", "framework", "roadmap", "summit",
  "delegations", "envoys", "conditions", "ultimatums", "concessions", "assurances", "deterrence", "alliance",
  "membership", "enlargement", "partnership", "stability", "humanitarian", "evacuation", "refugees",
  "children", "deportation", "shelling", "offensive", "counteroffensive", "mobilisation", "conscription",
  "annexation", "plebiscite", "autonomy", "federalisation", "language", "minorities", "church", "gas",
  "transit", "pipelines", "ports", "shipping", "blockade", "nuclear", "reactor", "inspectors", "monitors",
  "observers", "peacekeepers", "contingent", "buffer", "zone", "demarcation", "verification", "timetable",
  "sequencing", "preconditions", "formula", "platform", "coalition", "contact", "group", "format",
  "channel", "backchannel", "intermediaries", "guarantors", "signatories", "ratification", "parliament",
  "constitution", "amnesty", "justice", "compensation", "assets", "freeze", "confiscation", "tariffs",
  "embargo", "exports", "harvest", "fertiliser", "electricity", "winter", "heating", "hostilities",
  "airspace", "flotilla", "corridor", "cemetery", "orchestra", "lighthouse", "glacier", "archipelago",
];

const ADJECTIVES = [
  "lasting", "just", "comprehensive", "unconditional", "immediate", "durable", "temporary", "full",
  "partial", "fair", "credible", "binding", "realistic", "meaningful", "direct", "sustainable",
  "verifiable", "territorial", "military", "political", "international", "European", "bilateral", "multilateral",
  "legitimate", "illegal", "unacceptable", "premature", "serious", "constructive", "genuine", "reliable",
];

const VERBS = [
  "support", "reject", "discuss", "demand", "accept", "propose", "consider", "welcome",
  "oppose", "negotiate", "guarantee", "insist on", "rule out", "prepare", "endorse", "resume",
  "suspend", "examine", "postpone", "require",
];

const PLACES = [
  "Ukraine", "Russia", "Kyiv", "Moscow", "Washington", "Brussels", "Europe", "Beijing", "Ankara",
  "the West", "NATO", "the United Nations", "Crimea", "Donbas", "Zaporizhzhia", "Kherson", "Kharkiv",
  "the Black Sea", "Belarus", "Warsaw", "Paris", "Berlin", "London", "Istanbul", "Geneva",
];

type Slot = "N" | "A" | "V" | "P" | "Y";

// The weight says how often a template is used; the front-line template's
// weight is what makes PHRASE rare while "front" and "line" stay common.
const TEMPLATES: readonly (readonly [string, number])[] = [
  ["There can be no {N} without {A} {N}.", 10],
  ["We {V} any {A} {N} that ignores {N}.", 10],
  ["{P} is ready to {V} {N}, but only after {N}.", 8],
  ["The question of {N} must be settled before any {N}.", 8],
  ["Our position on {N} has not changed since {Y}.", 6],
  ["We will not {V} the {N} of {P}.", 6],
  ["Any {N} must include {A} {N} and {N}.", 8],
  ["{A} {N} is the only path to {N}.", 6],
  ["Talk of {N} is premature while {N} continues.", 5],
  ["{P} and {P} should {V} {N} on {N}.", 6],
  ["The talks in {P} showed that {N} is possible only with {N}.", 4],
  ["We call on {P} to {V} {A} {N}.", 6],
  ["Nobody in {P} wants {A} {N}; what we need is {N}.", 4],
  ["The line we hold on {N} is a matter of {N}.", 5],
  ["Every front of this war is about {N} and {N}.", 5],
  ["Freezing the front line would only reward {N} and postpone {N}.", 0.12],
  ["{P} will {V} {N} together with our partners.", 5],
  ["Since {Y} we have said that {N} comes before {N}.", 4],
];

const slot = (random: Random, name: Slot, nouns: (r: Random) => string): string => {
  switch (name) {
    case "N":
      // One noun in 50,000 statements is the rare word: the weight is tuned for that rate at ~6 nouns a statement.
      return random() < 1 / 300_000 ? RARE_WORD : nouns(random);
    case "A":
      return adjectives(random);
    case "V":
      return verbs(random);
    case "P":
      return pick(random, PLACES);
    case "Y":
      return String(2006 + Math.floor(random() * 20));
  }
};

const nouns = zipfPicker(NOUNS, 1.1, 2);
const adjectives = zipfPicker(ADJECTIVES, 1, 2);
const verbs = zipfPicker(VERBS, 1, 2);
const template = weightedPicker(
  TEMPLATES.map(([t]) => t),
  TEMPLATES.map(([, w]) => w),
);

/** One sentence, first letter upper case. */
export function sentence(random: Random): string {
  const text = template(random).replace(/\{([NAVPY])\}/g, (_, name: Slot) => slot(random, name, nouns));
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export const sentences = (random: Random, min: number, max: number): string =>
  Array.from({ length: min + Math.floor(random() * (max - min + 1)) }, () => sentence(random)).join(" ");

export type SyntheticActor = {
  slug: string;
  name: string;
  kind: "person" | "organisation";
  affiliation: string;
  title: string;
  aliases: string[];
};

/** `count` distinct actors with plausible names, titles and affiliations; `taken` slugs are avoided. */
export function syntheticActors(random: Random, count: number, taken: ReadonlySet<string> = new Set()): SyntheticActor[] {
  const actors: SyntheticActor[] = [];
  const slugs = new Set<string>(taken);
  while (actors.length < count) {
    const affiliation = pick(random, AFFILIATIONS);
    if (random() < 0.08) {
      const name = `${affiliation} ${pick(random, ["Foreign Ministry", "Presidential Office", "Security Council", "Delegation"])}`;
      const slug = slugify(`${name} ${actors.length}`);
      slugs.add(slug);
      actors.push({ slug, name, kind: "organisation", affiliation, title: "Official statement", aliases: [] });
      continue;
    }
    const first = pick(random, FIRST_NAMES);
    const last = pick(random, LAST_NAMES);
    let slug = slugify(`${first} ${last}`);
    if (slugs.has(slug)) slug = slugify(`${first} ${last} ${actors.length}`);
    slugs.add(slug);
    actors.push({
      slug,
      name: `${first} ${last}`,
      kind: "person",
      affiliation,
      title: `${pick(random, TITLES)} (${affiliation})`,
      aliases: [last, `${first.charAt(0)}. ${last}`],
    });
  }
  return actors;
}

export const pickVenue = (random: Random) => pick(random, VENUES);
export const pickLanguage = (random: Random) => pick(random, LANGUAGES);
export const pickOutlet = (random: Random) => pick(random, OUTLETS);

const slugify = (text: string) =>
  text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
