import { PlatformError } from '../../src-main/platform/errors.ts';

/** The PlatformError a call ends with; anything else (a success, another error) fails the test. */
export async function platformFailureOf(promise: Promise<unknown>): Promise<PlatformError> {
  const error = await promise.then(
    () => null,
    (failure: unknown) => failure,
  );
  if (!(error instanceof PlatformError)) throw new Error(`expected a PlatformError, got ${String(error)}`);
  return error;
}
