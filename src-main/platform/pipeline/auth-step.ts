import { parseErrorBody, PlatformError } from '../errors.ts';
import type { Redactor } from '../redact.ts';
import type { AuthTicket, Session } from '../session.ts';
import type { Attempt, PreparedRequest, Step } from './types.ts';

const withTicket = (request: PreparedRequest, ticket: AuthTicket): PreparedRequest => ({
  ...request,
  headers: { ...request.headers, ...ticket.headers },
  credentialsValidUntil: ticket.validUntil,
});

/**
 * Credentials on every request and one shared renewal: a 401 renews once for everyone holding that token and the
 * request goes again; a second 401 signs the session out. Also tells the session whether the platform answers.
 */
export function authStep(session: Session | null, redactor: Redactor): Step {
  return async (request, next) => {
    if (session === null) return next(request);
    const observe = (attempt: Attempt): Attempt => {
      if (attempt.type === 'response' && attempt.status !== 401) session.reachable();
      if (attempt.type === 'failure' && (attempt.failure === 'network' || attempt.failure === 'timeout'))
        session.unreachable();
      return attempt;
    };
    if (!request.authenticate) return observe(await next(request));
    const context = { method: request.method, path: request.path };
    // cancelled while a sign-in is under way: a cancellation like one anywhere else in the pipeline
    const credentials = async (pending: Promise<AuthTicket>): Promise<AuthTicket> => {
      try {
        return await pending;
      } catch (error) {
        if (request.signal?.aborted) throw new PlatformError({ kind: 'cancelled', ...context });
        throw error;
      }
    };
    let ticket = await credentials(session.ticket(context, request.signal));
    let renewed = false;
    // a few rounds: credentials that expired while queued are renewed without a request being spent on them
    for (let round = 0; round < 4; round += 1) {
      const attempt = observe(await next(withTicket(request, ticket)));
      if (attempt.type === 'failure' && attempt.failure === 'stale-credentials') {
        ticket = await credentials(session.ticket(context, request.signal));
        continue;
      }
      if (attempt.type !== 'response' || attempt.status !== 401) return attempt;
      if (renewed) {
        const platformMessage = parseErrorBody(attempt.body).platformMessage;
        throw session.refusedAfterRenewal(context, platformMessage ? redactor.apply(platformMessage) : undefined);
      }
      renewed = true;
      ticket = await credentials(session.rejected(ticket, context, request.signal));
    }
    return { type: 'failure', failure: 'stale-credentials', sent: false, code: 'STALE_CREDENTIALS' };
  };
}
