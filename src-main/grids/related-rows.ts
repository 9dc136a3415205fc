import type { RelatedQuery, RelatedRows, Row } from '../../src-preload/contract/index.ts';
import { numberBlockModel, phoneNumberModel, trackingDeviceModel } from '../api-model/index.ts';
import type { PlatformClient } from '../platform/client.ts';
import { normaliseName, readLogical, type SchemaService } from '../schema/index.ts';
import type { PageSizer } from '../schema/paging.ts';
import { message } from '../../src-preload/contract/messages.ts';
import { operatorError } from '../ipc/operator-error.ts';

export interface RelatedRowsDeps {
  schema: SchemaService;
  /** The connected profile's client, or null when offline. */
  client: () => PlatformClient | null;
  /** The offline copy of a collection, or null. */
  cached: (path: string) => Promise<Row[] | null>;
  pageSizer: PageSizer;
}

const ID_AT_END = /\/([0-9]+)$/;

function commonPrefix(a: string, b: string): string {
  let at = 0;
  while (at < a.length && at < b.length && a[at] === b[at]) at += 1;
  return a.slice(0, at);
}

/**
 * Rows related to one item (the numbers of a service or block, a device by unit code, the blocks of the other
 * pools), asked for with the filter the platform documents for it, so that one small request replaces listing the
 * whole collection. Offline, or where the platform documents no such filter, they are picked from the offline copy.
 */
export function createRelatedRows(
  deps: RelatedRowsDeps,
): (query: RelatedQuery, signal?: AbortSignal) => Promise<RelatedRows> {
  /** The documented query parameter of a collection matching one of our names, if the platform has it. */
  const filterOf = (path: string, ours: string): { name: string; type: string } | null => {
    const filters = deps.schema.current()?.resources[path]?.filters ?? [];
    const found = filters.find((filter) => normaliseName(filter.name) === normaliseName(ours));
    return found ? { name: found.name, type: found.type } : null;
  };

  const list = async (
    path: string,
    query: Record<string, string | number | (string | number)[]>,
    signal?: AbortSignal,
  ) => {
    const client = deps.client();
    if (!client) return null;
    const result = await deps.pageSizer.listAll<Row>(client.listAll, path, { query, ...(signal ? { signal } : {}) });
    return result.items;
  };

  const itemOf = async (path: string, iri: string, signal?: AbortSignal): Promise<Row> => {
    const cached = (await deps.cached(path))?.find((row) => row['@id'] === iri);
    if (cached) return cached;
    const client = deps.client();
    if (!client) throw operatorError('NOT_FOUND', message('errors.related.notInOfflineCopy'));
    return client.request<Row>({ path: iri, ...(signal ? { signal } : {}) });
  };

  const pick = async (path: string, keep: (row: Row) => boolean): Promise<Row[]> =>
    ((await deps.cached(path)) ?? []).filter(keep);

  const numbersOfOrder = async (iri: string, signal?: AbortSignal): Promise<RelatedRows> => {
    const id = ID_AT_END.exec(iri)?.[1];
    if (!id) throw operatorError('BAD_INPUT', message('errors.related.notAService'));
    const numbers = deps.schema.binding(phoneNumberModel.path);
    const filter = filterOf(phoneNumberModel.path, 'orderId');
    const rows = filter ? await list(phoneNumberModel.path, { [filter.name]: Number(id) }, signal) : null;
    return {
      resource: 'phone-numbers',
      rows: rows ?? (await pick(phoneNumberModel.path, (row) => readLogical(numbers, row, 'order') === iri)),
      filter: rows ? filter!.name : null,
    };
  };

  const numbersOfBlock = async (iri: string, signal?: AbortSignal): Promise<RelatedRows> => {
    const blocks = deps.schema.binding(numberBlockModel.path);
    const numbers = deps.schema.binding(phoneNumberModel.path);
    const block = await itemOf(numberBlockModel.path, iri, signal);
    const start = String(readLogical(blocks, block, 'start') ?? '');
    const end = String(readLogical(blocks, block, 'end') ?? '');
    if (!start || !end) throw operatorError('BAD_INPUT', message('errors.related.blockWithoutRange'));
    const within = (row: Row): boolean => {
      const number = String(readLogical(numbers, row, 'number') ?? '');
      return number >= start && number <= end;
    };
    const filter = filterOf(phoneNumberModel.path, 'blockStart');
    const prefix = commonPrefix(start, end);
    // documented as an integer: the leading 0 cannot travel in one
    const value = filter?.type === 'string' ? prefix : Number(prefix);
    const rows = filter && prefix ? await list(phoneNumberModel.path, { [filter.name]: value }, signal) : null;
    return {
      resource: 'phone-numbers',
      rows: rows ? rows.filter(within) : await pick(phoneNumberModel.path, within),
      filter: rows ? filter!.name : null,
    };
  };

  const devicesByUnitCode = async (unitCode: string, signal?: AbortSignal): Promise<RelatedRows> => {
    const devices = deps.schema.binding(trackingDeviceModel.path);
    const filter = filterOf(trackingDeviceModel.path, 'unit_code_filter');
    const rows = filter ? await list(trackingDeviceModel.path, { [filter.name]: unitCode }, signal) : null;
    const wanted = unitCode.toLowerCase();
    return {
      resource: 'tracking-devices',
      rows:
        rows ??
        (await pick(trackingDeviceModel.path, (row) =>
          String(readLogical(devices, row, 'unitCode') ?? '')
            .toLowerCase()
            .includes(wanted),
        )),
      filter: rows ? filter!.name : null,
    };
  };

  const blocksOutsidePool = async (iri: string, signal?: AbortSignal): Promise<RelatedRows> => {
    const blocks = deps.schema.binding(numberBlockModel.path);
    const block = await itemOf(numberBlockModel.path, iri, signal);
    const pool = readLogical(blocks, block, 'numberPool');
    const poolId = typeof pool === 'string' ? ID_AT_END.exec(pool)?.[1] : undefined;
    if (!poolId) throw operatorError('BAD_INPUT', message('errors.related.blockWithoutPool'));
    const filter = filterOf(numberBlockModel.path, 'excludedNumberPoolIds[]');
    // the documented array form: the parameter repeated, one id each
    const rows = filter ? await list(numberBlockModel.path, { [filter.name]: [Number(poolId)] }, signal) : null;
    return {
      resource: 'number-blocks',
      rows: rows ?? (await pick(numberBlockModel.path, (row) => readLogical(blocks, row, 'numberPool') !== pool)),
      filter: rows ? filter!.name : null,
    };
  };

  return (query, signal) => {
    switch (query.kind) {
      case 'numbers-of-order':
        return numbersOfOrder(query.iri, signal);
      case 'numbers-of-block':
        return numbersOfBlock(query.iri, signal);
      case 'devices-by-unit-code':
        return devicesByUnitCode(query.unitCode, signal);
      case 'blocks-outside-pool':
        return blocksOutsidePool(query.iri, signal);
    }
  };
}
