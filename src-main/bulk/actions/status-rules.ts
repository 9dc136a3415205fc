import { message, type MessageParam, type UiText } from '../../../src-preload/contract/messages.ts';
import { instantOf } from '../compare.ts';
import type { Row } from '../types.ts';
import type { WriteSchema } from '../write-schema.ts';

/**
 * Which rows a status-driven action applies to, decided from the platform's own status values (bound to ours
 * through the schema) and the data; a row that cannot be decided is sent, so the platform decides and its refusal
 * shows on that row. Every decision says, in operator words, which rule made it.
 */
export type Decision = { include: true; rule: UiText } | { include: false; reason: UiText };

/** Our status values in words. */
const WORDS: Readonly<Record<string, UiText>> = {
  available: message('bulk.status.available'),
  'in-use': message('bulk.status.inUse'),
  'cool-off': message('bulk.status.coolOff'),
  pending: message('bulk.status.pending'),
  accepted: message('bulk.status.accepted'),
  denied: message('bulk.status.denied'),
};

const word = (ours: string): MessageParam => WORDS[ours] ?? ours;

const shown = (value: unknown): string => (value === null || value === undefined || value === '' ? '—' : String(value));

/** A row whose status the console cannot read: sent, for the platform to decide. */
const undecided = (raw: unknown): Decision => ({
  include: true,
  rule: message('bulk.rule.undecided', { status: shown(raw) }),
});

/** A block is cooling off when its status means cool-off, or when its cool-off end lies in the future. */
export function coolOffDecision(schema: WriteSchema, row: Row, now: number): Decision {
  const raw = schema.read(row, 'status');
  const ours = schema.ours('status', raw);
  if (ours === 'cool-off')
    return {
      include: true,
      rule: message('bulk.rule.coolOffStatus', { status: shown(raw) }),
    };
  const until = schema.read(row, 'coolOffUntil');
  const ends = typeof until === 'string' ? instantOf(until) : null;
  if (ends !== null && ends > now)
    return {
      include: true,
      rule: message('bulk.rule.coolOffUntil', { until: String(until) }),
    };
  if (ours === null) return undecided(raw);
  return {
    include: false,
    reason: message('bulk.rule.notCoolingOff', { status: shown(raw), meaning: word(ours) }),
  };
}

/** Only pending outports can be accepted. */
export function pendingDecision(schema: WriteSchema, row: Row): Decision {
  const raw = schema.read(row, 'status');
  const ours = schema.ours('status', raw);
  if (ours === null) return undecided(raw);
  if (ours === 'pending')
    return {
      include: true,
      rule: message('bulk.rule.pending', { status: shown(raw) }),
    };
  return {
    include: false,
    reason: message('bulk.rule.notPending', { status: shown(raw), meaning: word(ours) }),
  };
}

/** The platform does not split a block in use. */
export function splittableDecision(schema: WriteSchema, row: Row): Decision {
  const raw = schema.read(row, 'status');
  const ours = schema.ours('status', raw);
  if (ours === 'in-use')
    return {
      include: false,
      reason: message('bulk.rule.blockInUse', { status: shown(raw) }),
    };
  if (ours === null) return undecided(raw);
  return {
    include: true,
    rule: message('bulk.rule.notInUse', { status: shown(raw), meaning: word(ours) }),
  };
}
