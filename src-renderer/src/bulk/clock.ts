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
