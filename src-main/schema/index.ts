export type * from './types.ts';
export type { PlatformRow, SchemaService } from './service-types.ts';
export { bindResource, bindValues, logicalValue, platformName, platformValue, readLogical, typeFits } from './bind.ts';
export { assumedField, assumedSchema } from './assumed.ts';
export { FIELD_ALIASES, VALUE_ALIASES, normaliseName } from './aliases.ts';
