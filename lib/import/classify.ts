import type { CeasefireStance, ConditionPosition, ConditionScope, TalksStance } from "../statements/schema";
import {
  CEASEFIRE_STANCE_RULES,
  CONDITION_RULES,
  CONDITIONAL_CONNECTIVE,
  DEMAND_CUE,
  LOCAL_NEGATION_CUE,
  NEGATION_CUE,
  SCOPE_CUES,
  TALKS_STANCE_RULES,
  TOPIC_RULES,
  type ConditionRule,
} from "./rules";
import type { CandidateCondition } from "./schema";

/*
 * Suggests conditions, stances and topics for what one speaker said, from the
 * rule tables in rules.ts. Every suggestion carries the words that triggered
 * it, so that an editor can see why and overrule it.
 */

export type Classification = {
  conditions: CandidateCondition[];
  topics: { slug: string; trigger: string }[];
  ceasefireStance: CeasefireStance;
  talksStance: TalksStance;
  stanceTriggers: { ceasefire?: string; talks?: string };
};

const flip: Record<ConditionPosition, ConditionPosition> = {
  demands: "rejects",
  offers: "rejects",
  accepts: "rejects",
  rejects: "demands",
};

function matchesOf(pattern: RegExp, text: string): RegExpExecArray[] {
  const re = new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : `${pattern.flags}g`);
  const found: RegExpExecArray[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    found.push(m);
    if (m[0].length === 0) re.lastIndex++;
  }
  return found;
}

/** How far (in characters) a stage word may stand from a trigger and still govern it. */
const SCOPE_REACH = 80;

/** The clause around an offset: commas, semicolons, colons and dashes bound it. */
function clauseAround(segment: string, index: number, length: number): { start: number; end: number } {
  const boundary = /[,;:—–]/g;
  let start = 0;
  let end = segment.length;
  for (let m = boundary.exec(segment); m; m = boundary.exec(segment)) {
    if (m.index < index) start = m.index + 1;
    else if (m.index >= index + length) {
      end = m.index;
      break;
    }
  }
  return { start, end };
}

/**
 * The stage a condition is for: in "no cease-fire unless it includes X" the
 * stage named before "unless"; otherwise the stage word nearest the trigger
 * in its clause; otherwise the rule's default.
 */
function scopeFor(segment: string, index: number, length: number, fallback: ConditionScope): ConditionScope {
  const cues = SCOPE_CUES.flatMap(({ scope, pattern }) => matchesOf(pattern, segment).map((m) => ({ scope, index: m.index })));
  const connective = matchesOf(CONDITIONAL_CONNECTIVE, segment.slice(0, index)).pop();
  if (connective) {
    const governing = cues.filter((c) => c.index < connective.index).sort((a, b) => b.index - a.index)[0];
    if (governing) return governing.scope;
  }
  const clause = clauseAround(segment, index, length);
  const distance = (c: { index: number }) => (c.index < index ? index - c.index : c.index - (index + length));
  const near = cues.filter(
    (c) => c.index >= clause.start && c.index < clause.end && (c.index < index || c.index >= index + length) && distance(c) <= SCOPE_REACH,
  );
  if (near.length === 0) return fallback;
  return near.sort((a, b) => distance(a) - distance(b))[0].scope;
}

/**
 * Demand or rejection. "unless"/"provided" before the trigger, or "must",
 * "have to" just before it, make it a demand; otherwise a negation anywhere
 * in the sentence turns it round ("…would not be a just and lasting peace"),
 * except a negation that belongs to another trigger ("not have nuclear weapons").
 */
function positionFor(rule: ConditionRule, segment: string, index: number, otherTriggers: { start: number; end: number }[]): ConditionPosition {
  const before = segment.slice(0, index);
  if (matchesOf(CONDITIONAL_CONNECTIVE, before).length > 0) return rule.position;
  const justBefore = lastWords(before, 8);
  const demand = matchesOf(DEMAND_CUE, justBefore).pop();
  // "Russia must pay", not "must not pay": only negation after the demand word counts here.
  if (demand && !NEGATION_CUE.test(justBefore.slice(demand.index + demand[0].length))) return rule.position;
  if (rule.negation === "flip") {
    let rest = segment;
    for (const t of otherTriggers) rest = rest.slice(0, t.start) + " ".repeat(t.end - t.start) + rest.slice(t.end);
    if (NEGATION_CUE.test(rest)) return flip[rule.position];
  }
  return rule.position;
}

function lastWords(text: string, count: number): string {
  return text.split(/\s+/).slice(-count).join(" ");
}

function conditionsIn(segment: string, rules: readonly ConditionRule[], known: Set<string>): CandidateCondition[] {
  const hits = rules.flatMap((rule) =>
    rule.patterns.flatMap((pattern) => matchesOf(pattern, segment).map((m) => ({ rule, m }))),
  );
  const found: CandidateCondition[] = [];
  for (const { rule, m } of hits) {
    let slug = rule.slug;
    let position: ConditionPosition;
    if (rule.locallyNegated && LOCAL_NEGATION_CUE.test(lastWords(segment.slice(0, m.index), 6))) {
      // "give up its bid for NATO membership": the opposite condition, demanded.
      slug = rule.locallyNegated;
      position = "demands";
    } else {
      const others = hits
        .filter((h) => h.m !== m && h.rule.negation === "keep")
        .map((h) => ({ start: h.m.index, end: h.m.index + h.m[0].length }));
      position = positionFor(rule, segment, m.index, others);
    }
    if (!known.has(slug)) continue;
    const appliesTo = scopeFor(segment, m.index, m[0].length, rule.appliesTo);
    const trigger = m[0].trim();
    if (!found.some((c) => c.slug === slug && c.appliesTo === appliesTo && c.position === position)) {
      found.push({ slug, appliesTo, position, trigger });
    }
  }
  return found;
}

const ceasefireOrder: CeasefireStance[] = ["conditional", "opposes", "supports", "none"];
const talksOrder: TalksStance[] = ["conditional", "refuses", "open", "none"];

/** Of two stances suggested for one statement, the one that says more (a condition beats a plain yes or no). */
export function strongerCeasefireStance(a: CeasefireStance, b: CeasefireStance): CeasefireStance {
  return ceasefireOrder.indexOf(a) <= ceasefireOrder.indexOf(b) ? a : b;
}
export function strongerTalksStance(a: TalksStance, b: TalksStance): TalksStance {
  return talksOrder.indexOf(a) <= talksOrder.indexOf(b) ? a : b;
}

/**
 * Open to talks but on terms it names is "conditional": a statement that
 * welcomes negotiations while demanding, say, that Ukraine recognise the
 * annexations does not offer talks as such.
 */
export function settleTalksStance(stance: TalksStance, conditions: CandidateCondition[]): TalksStance {
  if (stance !== "open") return stance;
  const terms = conditions.some(
    (c) => c.position === "demands" && !CONDITION_RULES.find((r) => r.slug === c.slug)?.stanceNeutral,
  );
  return terms ? "conditional" : stance;
}

function firstStance<S extends string>(
  segments: string[],
  rules: readonly { stance: S; pattern: RegExp }[],
): { stance: S; trigger: string } | null {
  for (const rule of rules) {
    for (const segment of segments) {
      const m = matchesOf(rule.pattern, segment)[0];
      if (m) return { stance: rule.stance, trigger: m[0].trim() };
    }
  }
  return null;
}

/**
 * Classifies the segments of one statement: its reported-speech clauses and
 * quotations, each a sentence or so, so that negation and "unless" are read
 * within the sentence that holds the trigger.
 */
export function classify(
  segments: string[],
  knowledge: { conditions: { slug: string }[]; topics: { slug: string }[] },
): Classification {
  const knownConditions = new Set(knowledge.conditions.map((c) => c.slug));
  const knownTopics = new Set(knowledge.topics.map((t) => t.slug));

  const conditions: CandidateCondition[] = [];
  for (const segment of segments) {
    for (const c of conditionsIn(segment, CONDITION_RULES, knownConditions)) {
      if (!conditions.some((d) => d.slug === c.slug && d.appliesTo === c.appliesTo && d.position === c.position)) {
        conditions.push(c);
      }
    }
  }

  const topics: { slug: string; trigger: string }[] = [];
  for (const rule of TOPIC_RULES) {
    if (!knownTopics.has(rule.slug)) continue;
    const hit = segments.flatMap((s) => rule.patterns.flatMap((p) => matchesOf(p, s).slice(0, 1)))[0];
    if (hit) topics.push({ slug: rule.slug, trigger: hit[0].trim() });
  }

  const stanceTriggers: Classification["stanceTriggers"] = {};
  let ceasefireStance: CeasefireStance = "none";
  const ceasefire = firstStance(segments, CEASEFIRE_STANCE_RULES);
  if (ceasefire) {
    ceasefireStance = ceasefire.stance;
    stanceTriggers.ceasefire = ceasefire.trigger;
  }
  const ceasefireCondition = conditions.find((c) => c.appliesTo === "ceasefire" && c.position === "demands");
  if (ceasefireCondition && ceasefireStance === "none" && topics.some((t) => t.slug === "ceasefire")) {
    ceasefireStance = "conditional";
    stanceTriggers.ceasefire = ceasefireCondition.trigger;
  }

  let talksStance: TalksStance = "none";
  const talksCondition = conditions.find(
    (c) => c.appliesTo === "talks" && c.position === "demands" && !CONDITION_RULES.find((r) => r.slug === c.slug)?.stanceNeutral,
  );
  const talks = firstStance(segments, TALKS_STANCE_RULES);
  if (talksCondition) {
    talksStance = "conditional";
    stanceTriggers.talks = talksCondition.trigger;
  } else if (talks) {
    talksStance = talks.stance;
    stanceTriggers.talks = talks.trigger;
  }

  return { conditions, topics, ceasefireStance, talksStance: settleTalksStance(talksStance, conditions), stanceTriggers };
}
