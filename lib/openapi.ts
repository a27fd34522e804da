import { z } from "zod";
import {
  createDocument,
  type ZodOpenApiOperationObject,
  type ZodOpenApiOverrideMeta,
  type ZodOpenApiResponseObject,
} from "zod-openapi";
import { actorDetailJsonSchema, actorListJsonSchema } from "./actors/api-schema";
import { POSITION_WINDOW } from "./actors/limits";
import { MAX_JSON_BODY_BYTES } from "./api/json-body";
import { conditionDetailJsonSchema, conditionListJsonSchema } from "./conditions/api-schema";
import { candidateSchema, extractRequestSchema, MAX_ARTICLE_BYTES } from "./import/schema";
import {
  apiErrorJsonSchema,
  duplicateErrorJsonSchema,
  editConflictJsonSchema,
  MAX_EXPORT_ROWS,
  statementDetailJsonSchema,
  statementListFormatSchema,
  statementPageJsonSchema,
  validationErrorJsonSchema,
} from "./statements/api-schema";
import { DEFAULT_LIMIT, MAX_LIMIT, statementFiltersShape } from "./statements/filters";
import {
  idempotencyKeySchema,
  retractionInputSchema,
  statementInputSchema,
  statementPatchSchema,
} from "./statements/input-schema";
import { slugSchema, statementIdSchema } from "./statements/schema";
import { topicListJsonSchema } from "./topics/api-schema";

// Isomorphic: the OpenAPI 3.1 description of the public API, generated from the
// same zod schemas that parse requests and shape responses. Served at
// /api/openapi.json and rendered for people at /api-docs.

const { cursor, limit, ...filterShape } = statementFiltersShape;

/** Query parameters shared by the timeline, the API, the CSV export and the feed. */
const filterQuery = z.object({
  ...filterShape,
  actor: filterShape.actor.meta({ example: ["sergey-lavrov"] }),
  condition: filterShape.condition.meta({ example: ["no-nato-membership"] }),
  from: filterShape.from.meta({ format: "date", example: "2023-01-01" }),
  to: filterShape.to.meta({ format: "date" }),
  q: filterShape.q.meta({ example: "negotiations" }),
});

const json = <T extends z.ZodType>(schema: T) => ({ "application/json": { schema } });
/** A required JSON request body, with the example the docs page turns into a curl command. */
const jsonBody = <T extends z.ZodType>(schema: T, example: Record<string, unknown>) => ({
  required: true,
  content: { "application/json": { schema, example } },
});

const badRequest = {
  description: "A parameter is malformed or names nothing recorded; fieldErrors says which and why",
  content: json(apiErrorJsonSchema),
};
const notFound = { description: "Nothing is recorded under this id or slug", content: json(apiErrorJsonSchema) };

/** An operation reading one record by its slug: 200, 400 for a malformed slug, 404 for an unknown one. */
function bySlug({
  slug,
  response,
  ...operation
}: Pick<ZodOpenApiOperationObject, "operationId" | "summary" | "description" | "tags"> & {
  slug: z.ZodType;
  response: ZodOpenApiResponseObject;
}): ZodOpenApiOperationObject {
  return {
    ...operation,
    requestParams: { path: z.object({ slug }) },
    responses: { "200": response, "400": badRequest, "404": notFound },
  };
}

const listStatements: ZodOpenApiOperationObject = {
  operationId: "listStatements",
  summary: "List statements",
  description:
    "Statements matching every filter given, newest said first. A list filter (actor, topic, condition, " +
    "ceasefire, talks) matches any of its values; repeat the parameter or separate values with commas. " +
    "Retracted statements are left out. Pages are keyset-paged: follow nextCursor until it is null. " +
    `With format=csv the response is one CSV file of every matching statement (at most ${MAX_EXPORT_ROWS.toLocaleString("en-GB")} rows), ` +
    "UTF-8 with a byte order mark, formula-like cells prefixed with an apostrophe.",
  tags: ["Statements"],
  requestParams: {
    query: filterQuery.extend({ cursor, limit, format: statementListFormatSchema }),
  },
  responses: {
    "200": {
      description: `One page of statements (${DEFAULT_LIMIT} by default, at most ${MAX_LIMIT}), or with format=csv the whole export`,
      content: {
        ...json(statementPageJsonSchema),
        "text/csv": {
          schema: z.string().describe(
            "Columns: id, url, actor_slug, actor_name, actor_role, speaker_as_written, said_on, said_on_precision, " +
              "published_on, quote, paraphrase, language, translation_path, venue, ceasefire_stance, talks_stance, " +
              "background, conditions (slug:appliesTo:position; …), topics (slug; …), source_outlets, source_titles, " +
              "source_urls, source_published_on (each a list joined with \"; \", in source rank order)",
          ),
        },
      },
    },
    "400": badRequest,
  },
};

const errorResponse = (description: string) => ({ description, content: json(apiErrorJsonSchema) });

const extractFromArticle: ZodOpenApiOperationObject = {
  operationId: "extractFromArticle",
  summary: "Find the statements an article reports",
  description:
    "Editors only. Reads a news story and answers the statements it reports (quotes and reported speech, each " +
    "with its speaker, date and precision, and suggested stances, conditions and topics, each with the words " +
    "that suggested it) as candidates to review. Nothing is recorded: save the ones you accept with POST " +
    "/api/statements and origin \"imported\". Send publishedOn: dates such as \"Friday\" are counted from it. " +
    `The text must be at most ${MAX_ARTICLE_BYTES / 1024} KB of text. Authenticate with Authorization: Bearer <token>. ` +
    "Example: curl -X POST -H 'Authorization: Bearer <token>' -H 'Content-Type: application/json' " +
    "-d '{\"text\": \"…\", \"publishedOn\": \"2024-06-14\"}' <this site>/api/import/extract",
  tags: ["Import"],
  security: [{ bearerToken: [] }],
  requestBody: jsonBody(extractRequestSchema, {
    text: "Headline\n\nThe article as published …",
    outlet: "RT",
    publishedOn: "2023-09-11",
  }),
  responses: {
    "200": {
      description: "The candidates, in the order they appear in the article; evidence offsets count UTF-16 code units of text",
      content: json(z.object({ candidates: z.array(candidateSchema.meta({ id: "ImportCandidate" })) })),
    },
    "400": errorResponse("The text is empty, larger than the limit or not text, or another field is malformed; fieldErrors says which"),
    "401": errorResponse("No valid credentials"),
    "403": errorResponse("The account may not add statements, or a cookie-authenticated request came from another site"),
    "413": errorResponse("The request body is too large"),
    "415": errorResponse("The body is not declared as JSON"),
    "429": errorResponse("Too many requests from this editor: see Retry-After"),
  },
};

const statementIdPath = z.object({ id: statementIdSchema.describe("Statement id").meta({ example: 1 }) });

// The statement as an editor sends it: the object statementInputSchema checks
// before its rules across fields (actor or newActor; a quote, a paraphrase or
// both), which JSON Schema cannot say and the descriptions do.
const inputFields = statementInputSchema.in.shape;
const statementFields = {
  ...inputFields,
  actor: inputFields.actor.describe(
    "Who said it: a recorded actor's slug (or a name or spelling recorded for them). Give actor or newActor, not both",
  ),
  newActor: inputFields.newActor.describe("Or an actor not yet recorded, recorded together with the statement"),
  speakerAsWritten: inputFields.speakerAsWritten.describe("The speaker exactly as the source names them"),
  saidOn: inputFields.saidOn.meta({
    format: "date",
    description: "The day said (YYYY-MM-DD); at a coarser precision any day of the period, stored as its first day",
  }),
  saidOnPrecision: inputFields.saidOnPrecision.describe("How precisely the date is known"),
  publishedOn: inputFields.publishedOn.describe("First published (YYYY-MM-DD), where that differs from the day said"),
  quote: inputFields.quote.describe("Verbatim words; [...] marks a cut. Give a quote, a paraphrase or both"),
  paraphrase: inputFields.paraphrase.describe("The source's account of what was said; never shown as a quote"),
  language: inputFields.language.describe("Language the words were said in (BCP 47: ru, uk, en)"),
  translationPath: inputFields.translationPath.describe("How the words reached English"),
  background: inputFields.background.describe("Reported by its source as an earlier statement recalled, not news of the day"),
  topics: inputFields.topics.describe("Topic slugs (GET /api/topics)"),
  conditions: inputFields.conditions.describe(
    "Conditions named (slugs from GET /api/conditions), each once per stage it applies to",
  ),
  sources: inputFields.sources.describe("Where it was reported, the primary source first; at least one"),
  respondsTo: inputFields.respondsTo.describe("Ids of recorded statements this one answers"),
  restates: inputFields.restates.describe("Ids of recorded statements this one repeats"),
  origin: inputFields.origin.describe("imported for a statement accepted from POST /api/import/extract"),
};

const statementCreateSchema = z
  .strictObject({
    ...statementFields,
    allowDuplicate: z
      .boolean()
      .optional()
      .describe("Record it although it looks like a statement already recorded (after a 409 naming it)"),
  })
  .meta({ id: "StatementInput" });

// A correction changes only the fields it sends: the defaults of a new statement do not apply.
const withoutDefault: ZodOpenApiOverrideMeta = ({ jsonSchema }) => {
  delete jsonSchema.default;
};
const correctionFields = Object.fromEntries(
  Object.entries(statementFields).map(([name, field]) => [name, field.optional().meta({ override: withoutDefault })]),
);

const statementCorrectionSchema = z
  .strictObject({
    version: statementPatchSchema.shape.version.describe("The version the correction is based on: the statement's version when read"),
    reason: statementPatchSchema.shape.reason.describe("Why it is corrected; kept in the statement's history"),
    ...correctionFields,
  })
  .meta({ id: "StatementCorrection" });

const statementRetractionSchema = z
  .strictObject({
    reason: retractionInputSchema.shape.reason.describe("Why it is withdrawn; shown on its permalink"),
    version: retractionInputSchema.shape.version.describe(
      "The version being retracted: refused (409) if the statement has changed since",
    ),
  })
  .meta({ id: "StatementRetraction" });

const statementExample = {
  actor: "sergey-lavrov",
  saidOn: "2023-05-05",
  publishedOn: "2023-09-11",
  quote: "not with Zelensky, who is a puppet in the hands of the West, but directly with his masters.",
  language: "ru",
  talksStance: "conditional",
  background: true,
  topics: ["negotiations"],
  conditions: [{ slug: "negotiate-with-west-not-kyiv", appliesTo: "talks", position: "demands" }],
  sources: [
    { outlet: "RT", title: "Blinken contradicts Ukraine on peace negotiations", publishedOn: "2023-09-11", kind: "state_media" },
  ],
};

const invalidStatement = {
  description:
    "The id, a header or the body is malformed, or the statement does not pass the input schema or names an actor, " +
    "topic, condition or statement not recorded; fieldErrors says which and why",
  content: json(validationErrorJsonSchema),
};
const statementAnswer = (description: string) => ({ description, content: json(statementDetailJsonSchema) });

/** The answers every write can give before it reads the statement: who may write, how often, and in what form. */
const writeRefusals = {
  "401": {
    description: "No valid credentials: no token and no session, or a token that is malformed, unknown or revoked",
    headers: z.object({ "WWW-Authenticate": z.string().meta({ example: 'Bearer realm="positions"' }) }),
    content: json(apiErrorJsonSchema),
  },
  "403": errorResponse(
    "The account may read but not write, or a request authenticated by the session cookie came from another site",
  ),
  "413": errorResponse(`The body is larger than ${MAX_JSON_BODY_BYTES / 1024} KB`),
  "415": errorResponse("The body is not declared as JSON (Content-Type: application/json)"),
  "429": {
    description: "Too many writes by this editor in the last minute, or too many wrong tokens from this address",
    headers: z.object({ "Retry-After": z.int().positive().describe("Seconds to wait before trying again") }),
    content: json(apiErrorJsonSchema),
  },
} satisfies Record<string, ZodOpenApiResponseObject>;

const writeAuthentication =
  "Authenticate with Authorization: Bearer <token> (an editor's API token); the site's own pages use the session cookie instead.";

const createStatement: ZodOpenApiOperationObject = {
  operationId: "createStatement",
  summary: "Record a statement",
  description:
    "Editors only. Records a statement and answers it as GET /api/statements/{id} does, with its address in " +
    "Location. Give actor or newActor, a quote or a paraphrase (or both) and at least one source; the actors, " +
    "topics, conditions and statements named must be recorded. A statement of the same actor, on a date that can " +
    "be the same day, with overlapping words is refused as a likely duplicate (409) until sent again with " +
    "allowDuplicate: true. With an Idempotency-Key, a retry of the same request answers the first result and " +
    `records nothing new. ${writeAuthentication}`,
  tags: ["Statements"],
  security: [{ bearerToken: [] }],
  requestParams: {
    header: z.object({
      "Idempotency-Key": idempotencyKeySchema
        .optional()
        .describe(
          "Makes the request safe to retry: the same key with the same body answers the first result, with another body 422. Printable ASCII, at most 200 characters",
        )
        .meta({ example: "3f1d2c9e-6b7a-4c1e-9a0f-5d8e7b6c4a21" }),
    }),
  },
  requestBody: jsonBody(statementCreateSchema, statementExample),
  responses: {
    "201": {
      description: "Recorded (or, for a retry with the same Idempotency-Key, recorded before): the statement",
      headers: z.object({
        Location: z.string().describe("The statement's address in this API").meta({ example: "/api/statements/1" }),
        "Idempotent-Replayed": z
          .literal("true")
          .optional()
          .describe("Set on a retry answered with the result of the first request with its Idempotency-Key"),
      }),
      content: json(statementDetailJsonSchema),
    },
    "400": invalidStatement,
    ...writeRefusals,
    "409": {
      description: "A likely duplicate of a statement already recorded: compare, then send again with allowDuplicate: true if it is not",
      content: json(duplicateErrorJsonSchema),
    },
    "422": errorResponse("This Idempotency-Key was already used for a different request; nothing was recorded"),
  },
};

const updateStatement: ZodOpenApiOperationObject = {
  operationId: "updateStatement",
  summary: "Correct a statement",
  description:
    "Editors only. Changes the fields sent and keeps the others; the result is checked as a whole, as when " +
    "recording. version is the version the correction is based on: if the statement has changed since, nothing " +
    "is written and 409 answers the current version, the statement as it is now and the changes since. newActor " +
    "without actor replaces the actor. A retracted statement can no longer be corrected. " +
    writeAuthentication,
  tags: ["Statements"],
  security: [{ bearerToken: [] }],
  requestParams: { path: statementIdPath },
  requestBody: jsonBody(statementCorrectionSchema, {
    version: 1,
    reason: "Venue from the ministry transcript of 5 May 2023",
    venue: "Press remarks after the SCO Council of Foreign Ministers in Goa",
  }),
  responses: {
    "200": statementAnswer("Corrected: the statement as it is now"),
    "400": invalidStatement,
    ...writeRefusals,
    "404": notFound,
    "409": {
      description:
        "The statement has changed since the version sent (the current one and the changes since are given), or it is retracted",
      content: json(editConflictJsonSchema),
    },
  },
};

const retractStatement: ZodOpenApiOperationObject = {
  operationId: "retractStatement",
  summary: "Retract a statement",
  description:
    "Editors only. Withdraws a statement from the record: it leaves the timeline, the lists and the feed, but its " +
    "permalink and GET /api/statements/{id} keep answering it, with retracted set (when and why). Nothing is " +
    `deleted. ${writeAuthentication}`,
  tags: ["Statements"],
  security: [{ bearerToken: [] }],
  requestParams: { path: statementIdPath },
  requestBody: jsonBody(statementRetractionSchema, {
    reason: "Recorded twice: the same remarks are already recorded",
    version: 2,
  }),
  responses: {
    "200": statementAnswer("Retracted: the statement, with retracted set"),
    "400": invalidStatement,
    ...writeRefusals,
    "404": notFound,
    "409": {
      description: "The statement is already retracted, or has changed since the version sent",
      content: json(editConflictJsonSchema),
    },
  },
};

export const openApiDocument = createDocument({
  openapi: "3.1.0",
  info: {
    title: "Positions API",
    version: "1.0.0",
    description:
      "Dated statements by leaders and diplomats on a ceasefire and peace talks in the war in Ukraine: who said " +
      "what, when (at the precision it is known), on what conditions, and where it was reported. Reading needs " +
      "no key; recording, correcting and retracting statements needs an editor's API token. Dates are calendar " +
      "dates (YYYY-MM-DD); read each at its precision: a month-precise date is stored as the 1st and means the " +
      "whole month.",
  },
  servers: [{ url: "/", description: "This site" }],
  tags: [
    { name: "Statements", description: "What was said, when, and where it was reported" },
    { name: "Actors", description: "Who said it, and their positions over time" },
    { name: "Taxonomy", description: "Conditions and topics statements are coded with" },
    { name: "Import", description: "For editors: reading an article for statements to review" },
  ],
  components: { securitySchemes: { bearerToken: { type: "http", scheme: "bearer", description: "An editor's API token" } } },
  paths: {
    "/api/statements": { get: listStatements, post: createStatement },
    "/api/statements/{id}": {
      get: {
        operationId: "getStatement",
        summary: "One statement",
        description: "The full record of a statement, with the statements it answers or restates and those that answer or restate it. Retracted statements are returned with retracted set.",
        tags: ["Statements"],
        requestParams: { path: statementIdPath },
        responses: {
          "200": statementAnswer("The statement"),
          "400": badRequest,
          "404": notFound,
        },
      },
      patch: updateStatement,
    },
    "/api/statements/{id}/retract": { post: retractStatement },
    "/api/actors": {
      get: {
        operationId: "listActors",
        summary: "List actors",
        tags: ["Actors"],
        responses: { "200": { description: "Every actor", content: json(actorListJsonSchema) } },
      },
    },
    "/api/actors/{slug}": {
      get: bySlug({
        operationId: "getActor",
        summary: "One actor and their positions over time",
        description:
          `Positions and stances are read from the actor's newest ${POSITION_WINDOW.toLocaleString("en-GB")} statements ` +
          "(window says which, and whether that is all of them); every statement is at statementsUrl.",
        tags: ["Actors"],
        slug: slugSchema.describe("Actor slug").meta({ example: "sergey-lavrov" }),
        response: { description: "The actor", content: json(actorDetailJsonSchema) },
      }),
    },
    "/api/conditions": {
      get: {
        operationId: "listConditions",
        summary: "List conditions",
        description: "The taxonomy of conditions statements name (no NATO membership, Russian withdrawal, …).",
        tags: ["Taxonomy"],
        responses: { "200": { description: "Every condition", content: json(conditionListJsonSchema) } },
      },
    },
    "/api/conditions/{slug}": {
      get: bySlug({
        operationId: "getCondition",
        summary: "One condition and every actor's position on it",
        tags: ["Taxonomy"],
        slug: slugSchema.describe("Condition slug").meta({ example: "no-nato-membership" }),
        response: { description: "The condition", content: json(conditionDetailJsonSchema) },
      }),
    },
    "/api/topics": {
      get: {
        operationId: "listTopics",
        summary: "List topics",
        tags: ["Taxonomy"],
        responses: { "200": { description: "Every topic", content: json(topicListJsonSchema) } },
      },
    },
    "/api/import/extract": { post: extractFromArticle },
    "/feed.xml": {
      get: {
        operationId: "statementFeed",
        summary: "Atom feed of statements",
        description:
          "The newest 50 statements matching the filters, as an Atom feed: subscribe to one actor, condition or " +
          "search. Each entry links to the statement's permalink; its title is the actor and the date said, its " +
          "content the quote (or the paraphrase, marked as such).",
        tags: ["Statements"],
        requestParams: { query: filterQuery },
        responses: {
          "200": {
            description: "An Atom 1.0 feed",
            content: { "application/atom+xml": { schema: z.string() } },
          },
          "400": {
            description: "A parameter is malformed or names nothing recorded",
            content: { "text/plain": { schema: z.string() } },
          },
        },
      },
    },
  },
});

export type OpenApiDocument = typeof openApiDocument;
