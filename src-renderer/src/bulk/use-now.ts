import { useEffect, useState } from 'react';

/** The time now, renewed every `ms` while mounted (waits are shown in whole minutes). */
export function useNow(ms: number): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), ms);
    return () => clearInterval(timer);
  }, [ms]);
  return now;
}
