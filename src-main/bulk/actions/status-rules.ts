import type { Localized } from '../../../src-preload/contract/resources.ts';
import { instantOf } from '../compare.ts';
import type { Row } from '../types.ts';
import type { WriteSchema } from '../write-schema.ts';

/**
 * Which rows a status-driven action applies to, decided from the platform's own status values (bound to ours
 * through the schema) and the data; a row that cannot be decided is sent, so the platform decides and its refusal
 * shows on that row. Every decision says, in operator words, which rule made it.
 */
export type Decision = { include: true; rule: Localized } | { include: false; reason: Localized };

/** Our status values in words. */
const WORDS: Readonly<Record<string, Localized>> = {
  available: { en: 'available', nl: 'beschikbaar' },
  'in-use': { en: 'in use', nl: 'in gebruik' },
  'cool-off': { en: 'cool-off', nl: 'quarantaine' },
  pending: { en: 'pending', nl: 'openstaand' },
  accepted: { en: 'accepted', nl: 'geaccepteerd' },
  denied: { en: 'denied', nl: 'geweigerd' },
};

const word = (ours: string): Localized => WORDS[ours] ?? { en: ours, nl: ours };

const shown = (value: unknown): string => (value === null || value === undefined || value === '' ? '—' : String(value));

/** A row whose status the console cannot read: sent, for the platform to decide. */
const undecided = (raw: unknown): Decision => ({
  include: true,
  rule: {
    en: `Status "${shown(raw)}" is not one the console can read: sent so that the platform decides (a refusal shows on this row).`,
    nl: `Status "${shown(raw)}" kan de console niet lezen: verstuurd zodat het platform beslist (een weigering staat dan bij deze rij).`,
  },
});

/** A block is cooling off when its status means cool-off, or when its cool-off end lies in the future. */
export function coolOffDecision(schema: WriteSchema, row: Row, now: number): Decision {
  const raw = schema.read(row, 'status');
  const ours = schema.ours('status', raw);
  if (ours === 'cool-off')
    return {
      include: true,
      rule: {
        en: `Cooling off: its status "${shown(raw)}" means cool-off.`,
        nl: `In quarantaine: status "${shown(raw)}" betekent quarantaine.`,
      },
    };
  const until = schema.read(row, 'coolOffUntil');
  const ends = typeof until === 'string' ? instantOf(until) : null;
  if (ends !== null && ends > now)
    return {
      include: true,
      rule: {
        en: `Cooling off: its cool-off ends ${String(until)}, still ahead.`,
        nl: `In quarantaine: de quarantaine eindigt ${String(until)}, nog niet verstreken.`,
      },
    };
  if (ours === null) return undecided(raw);
  return {
    include: false,
    reason: {
      en: `Not cooling off: its status "${shown(raw)}" means ${word(ours).en}, and no cool-off end lies ahead.`,
      nl: `Niet in quarantaine: status "${shown(raw)}" betekent ${word(ours).nl}, en er ligt geen quarantaine-einde in de toekomst.`,
    },
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
      rule: {
        en: `Pending: its status "${shown(raw)}" means pending.`,
        nl: `Openstaand: status "${shown(raw)}" betekent openstaand.`,
      },
    };
  return {
    include: false,
    reason: {
      en: `Only pending outports can be accepted: its status "${shown(raw)}" means ${word(ours).en}.`,
      nl: `Alleen openstaande outports kunnen worden geaccepteerd: status "${shown(raw)}" betekent ${word(ours).nl}.`,
    },
  };
}

/** The platform does not split a block in use. */
export function splittableDecision(schema: WriteSchema, row: Row): Decision {
  const raw = schema.read(row, 'status');
  const ours = schema.ours('status', raw);
  if (ours === 'in-use')
    return {
      include: false,
      reason: {
        en: `The block is in use (status "${shown(raw)}"); the platform does not split blocks in use.`,
        nl: `Het blok is in gebruik (status "${shown(raw)}"); het platform splitst geen blokken die in gebruik zijn.`,
      },
    };
  if (ours === null) return undecided(raw);
  return {
    include: true,
    rule: {
      en: `Not in use: its status "${shown(raw)}" means ${word(ours).en}.`,
      nl: `Niet in gebruik: status "${shown(raw)}" betekent ${word(ours).nl}.`,
    },
  };
}
