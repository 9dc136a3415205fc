/**
 * Dutch phone-number notation for quick search and input. The rule itself is shared with the renderer
 * (src-preload/contract/shared/phone-number.ts), so both read a typed number the same way.
 */
export {
  DUTCH_NUMBER_INPUT_PATTERN,
  normaliseDutchNumber,
  phoneSearchForm,
  phoneSearchVariants,
} from '../../src-preload/contract/shared/phone-number.ts';
