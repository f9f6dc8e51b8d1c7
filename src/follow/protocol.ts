/**
 * The follow-along protocol between the deck and `npm run present`'s server: event names and
 * the valibot schemas every message is checked against on arrival, on both sides. Shared by the
 * browser and the server (it imports nothing from the DOM or Node).
 */
import * as v from 'valibot';
import { LOCALES, type Locale } from '../i18n/languages.ts';

/** Event names, one per message kind. */
export const FOLLOW_EVENTS = {
  /** presenter → server: the presenter's deck moved (only a presenter's is accepted). */
  go: 'go',
  /** viewer → server: the language this viewer reads, for the presenter's follower count. */
  lang: 'lang',
  /** server → everyone: where the talk is now. */
  state: 'state',
  /** server → everyone: whether a presenter is connected. */
  presence: 'presence',
  /** server → presenters: how many people follow, per language. */
  audience: 'audience',
  /** server → one connection, right after it connects: its role and the talk's state. */
  welcome: 'welcome',
} as const;

/** The highest slide, vertical slide and fragment index the protocol accepts. */
const MAX_INDEX = 999;

const index = (min: number) =>
  v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(MAX_INDEX));

/** Where the presenter's deck is: reveal's indices plus its overview and pause (black screen). */
export const PositionSchema = v.strictObject({
  h: index(0),
  v: index(0),
  /** -1 before the first fragment (and on slides without fragments). */
  f: index(-1),
  overview: v.boolean(),
  paused: v.boolean(),
});

/** A position in the talk, as the presenter's deck reports it. */
export type Position = v.InferOutput<typeof PositionSchema>;

/** The talk's state as the server keeps it: the last position and its revision. */
export const TalkStateSchema = v.strictObject({
  ...PositionSchema.entries,
  /** Grows by one with every accepted move; 0 for a talk that has not started. */
  rev: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

/** The talk's current state. */
export type TalkState = v.InferOutput<typeof TalkStateSchema>;

/** A language of the deck. */
export const LocaleSchema = v.picklist(LOCALES);

/** What a connection says about itself when it connects (Socket.IO's `auth`). */
export const AuthSchema = v.strictObject({
  /** The presenter token; only a presenter's deck sends it. */
  token: v.optional(v.pipe(v.string(), v.maxLength(128))),
  lang: v.optional(LocaleSchema),
});

/** A connection's handshake data. */
export type Auth = v.InferOutput<typeof AuthSchema>;

/** How many viewers follow, per language. */
export const AudienceSchema = v.strictObject({
  en: v.pipe(v.number(), v.integer(), v.minValue(0)),
  zh: v.pipe(v.number(), v.integer(), v.minValue(0)),
  ja: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

/** Viewer counts per language. */
export type Audience = Readonly<Record<Locale, number>>;

/** Whether a presenter's deck is connected. */
export const PresenceSchema = v.strictObject({
  presenters: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

/** The first message to each connection. */
export const WelcomeSchema = v.strictObject({
  role: v.picklist(['presenter', 'viewer']),
  state: v.nullable(TalkStateSchema),
  presenters: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

/** The first message to each connection. */
export type Welcome = v.InferOutput<typeof WelcomeSchema>;

/** A connection's role in the talk. */
export type Role = Welcome['role'];

/** No viewers yet. */
export const NO_AUDIENCE: Audience = { en: 0, zh: 0, ja: 0 };

/** Whether two positions show the same thing. */
export function samePosition(a: Position, b: Position): boolean {
  return (
    a.h === b.h && a.v === b.v && a.f === b.f && a.overview === b.overview && a.paused === b.paused
  );
}

/** The value if it matches the schema, otherwise null: nothing unchecked goes further. */
export function parse<const TSchema extends v.GenericSchema>(
  schema: TSchema,
  value: unknown,
): v.InferOutput<TSchema> | null {
  const result = v.safeParse(schema, value);
  return result.success ? result.output : null;
}
