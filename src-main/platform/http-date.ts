// The date forms RFC 9110 allows in Retry-After (and that some platforms put in a reset header): IMF-fixdate, the
// obsolete RFC 850 and asctime forms, and ISO 8601 with a zone. Date.parse alone takes far more: "60 seconds" or
// "in 60" become dates in 1960, which would read as a wait that is long over.
const IMF_FIXDATE = /^[A-Za-z]{3}, \d{2} [A-Za-z]{3} \d{4} \d{2}:\d{2}:\d{2} GMT$/;
const RFC_850 = /^[A-Za-z]+, \d{2}-[A-Za-z]{3}-\d{2} \d{2}:\d{2}:\d{2} GMT$/;
const ASCTIME = /^[A-Za-z]{3} [A-Za-z]{3} [ \d]\d \d{2}:\d{2}:\d{2} \d{4}$/;
const ISO_8601 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/;

/** The moment (epoch ms) an HTTP date names, or null when the text is no such date. */
export function parseHttpDate(text: string): number | null {
  const candidate = ASCTIME.test(text)
    ? `${text} GMT` // asctime carries no zone; HTTP dates are always in GMT
    : IMF_FIXDATE.test(text) || RFC_850.test(text) || ISO_8601.test(text)
      ? text
      : null;
  if (candidate === null) return null;
  const moment = Date.parse(candidate);
  return Number.isNaN(moment) ? null : moment;
}
