/**
 * The first `count` elements of a JSON array text, as an array text of their own, found by scanning rather than
 * parsing: a cached chunk holds 2,000 rows, and the first rows of an open need only a few hundred of them. Null when
 * the array has no more than `count` elements (it is its own prefix). The text must be a valid JSON array.
 */
export function jsonArrayPrefix(text: string, count: number): string | null {
  if (count <= 0) return '[]';
  let depth = 0;
  let inString = false;
  let separators = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (inString) {
      if (code === BACKSLASH) index += 1;
      else if (code === QUOTE) inString = false;
    } else if (code === QUOTE) inString = true;
    else if (code === OPEN_BRACE || code === OPEN_BRACKET) depth += 1;
    else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) depth -= 1;
    // a comma between the outer array's elements: `count` of them close the first `count` elements
    else if (code === COMMA && depth === 1 && (separators += 1) === count) return `${text.slice(0, index)}]`;
  }
  return null;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
