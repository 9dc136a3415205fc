import { iriFor, outportModel } from '../../api-model/index.ts';
import type { GenContext } from './context.ts';
import { dateOnly, daysAgo, daysAhead, scaled } from './context.ts';
import { RECEIVING_PROVIDERS } from './dutch.ts';

const DENY_REASONS = [
  'Nummer niet in gebruik bij deze klant',
  'Contract loopt nog',
  'Onjuiste klantgegevens in verzoek',
] as const;

/** Porting-out requests for runs of consecutive numbers of one order; most still pending. */
export function generateOutports(ctx: GenContext): void {
  const { rng, data } = ctx;
  const numbers = data.phoneNumbers.all();
  if (numbers.length === 0) return;
  const count = scaled(ctx, 100, 10, 500);
  for (let i = 0; i < count; i++) {
    const first = rng.int(0, numbers.length - 1);
    const head = numbers[first];
    if (!head) continue;
    const run: string[] = [];
    const wanted = rng.chance(0.6) ? 1 : rng.int(2, 10);
    for (let k = first; k < numbers.length && run.length < wanted; k++) {
      const n = numbers[k];
      if (!n || n.order !== head.order) break;
      run.push(n.number);
    }
    const r = rng.next();
    const status = r < 0.6 ? 'pending' : r < 0.85 ? 'accepted' : 'denied';
    const id = data.outports.nextId();
    data.outports.insert({
      '@id': iriFor(outportModel, id),
      '@type': outportModel.type,
      id,
      status,
      numbers: run,
      requestedDate: dateOnly(status === 'pending' ? daysAhead(ctx, 1, 30) : daysAgo(ctx, 1, 60)),
      receivingProvider: rng.pick(RECEIVING_PROVIDERS),
      customer: head.customer,
      order: head.order,
      createdAt: daysAgo(ctx, 1, 20),
      handledAt: status === 'pending' ? null : daysAgo(ctx, 0, 1),
      denyReason: status === 'denied' ? rng.pick(DENY_REASONS) : null,
      // Deliberately not in api-model.
      portingId: `NP${rng.digits(8)}`,
    });
  }
}
