/** Clock times for operators: Dutch time (the platform's and the tenants'), in the user's locale. */
const ZONE = 'Europe/Amsterdam';

const dayOf = (at: number, locale: string): string =>
  new Intl.DateTimeFormat(locale, { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);

/** "10:07" today (Amsterdam), "Fri 10:07" on another day. */
export function clockTime(at: number, now: number, locale: string): string {
  const sameDay = dayOf(at, locale) === dayOf(now, locale);
  return new Intl.DateTimeFormat(locale, {
    timeZone: ZONE,
    hour: '2-digit',
    minute: '2-digit',
    ...(sameDay ? {} : { weekday: 'short' }),
  }).format(at);
}

/** Whole minutes to go, rounded up (a wait of 10 s is "1 min", never "0 min"); hours above two. */
export function timeToGo(at: number, now: number): { hours: number; minutes: number } {
  const minutes = Math.max(1, Math.ceil((at - now) / 60_000));
  return minutes < 120 ? { hours: 0, minutes } : { hours: Math.floor(minutes / 60), minutes: minutes % 60 };
}
