export { createBulkEngine } from './engine.ts';
export type { BulkEngine, BulkEngineOptions } from './engine-api.ts';
export { BulkError, type BulkErrorCode } from './errors.ts';
export { parseCsvImport, splitCsvLine, type CsvEntry, type CsvParse } from './actions/csv-parse.ts';
export { replaceLiteral } from './actions/phone-number-fields.ts';
export { auditCsv, csvCell, AUDIT_HEADER } from './audit.ts';
export { journalFile } from './journal.ts';
export { journalKeyAccount } from './journal-key.ts';
export type { Row } from './types.ts';
