import { iriFor, outportModel } from '../../api-model/index.ts';
import type { GenContext } from './context.ts';
import { dateOnly, daysAgo, daysAhead, scaled } from './context.ts';
import { RECEIVING_PROVIDERS } from './dutch.ts';
import { amsterdamDay } from '../../../src-preload/contract/shared/deadlines.ts';

/** The first two pending outports fall due tomorrow (in Amsterdam), so every day has a deadline to show. */
const FIRST_PENDING_DAYS = [1, 1];

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
  let pendingSoFar = 0;
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
    let requestedDate = dateOnly(status === 'pending' ? daysAhead(ctx, 1, 30) : daysAgo(ctx, 1, 60));
    const fixed = status === 'pending' ? FIRST_PENDING_DAYS[pendingSoFar++] : undefined;
    if (fixed !== undefined) requestedDate = amsterdamDay(ctx.now + fixed * 86_400_000);
    data.outports.insert({
      '@id': iriFor(outportModel, id),
      '@type': outportModel.type,
      id,
      status,
      numbers: run,
      requestedDate,
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
