import { trackingDeviceModel, trackingDeviceOutageModel } from '../../api-model/index.ts';
import type { TrackingDevice, TrackingDeviceOutage } from '../../api-model/index.ts';
import type { DemoData } from '../data.ts';
import type { DemoRequest } from '../http/types.ts';
import type { Filter, Route } from './route.ts';
import { collectionPattern, itemHandler, itemPattern, listHandler, readOnlyRoutes } from './route.ts';

/** unit_code_filter: case-insensitive substring of the unit code (snake_case is the platform's legacy naming). */
const unitCode: Filter<TrackingDevice> = (req, rows) => {
  const wanted = req.query.get('unit_code_filter')?.trim().toLowerCase();
  return wanted ? rows.filter((d) => d.unitCode.toLowerCase().includes(wanted)) : rows;
};

const outages = (data: DemoData) => data.trackingDeviceOutages;

/** Duration is computed at response time, so repeated reads show the outage growing. */
function withDuration(row: TrackingDeviceOutage, req: DemoRequest): unknown {
  return { ...row, durationSeconds: Math.max(0, Math.floor((req.now - Date.parse(row.since)) / 1000)) };
}

export const trackingRoutes: Route[] = [
  ...readOnlyRoutes(trackingDeviceModel, (data) => data.trackingDevices, unitCode),
  {
    method: 'GET',
    pattern: collectionPattern(trackingDeviceOutageModel.listPath ?? '/tracking-device-outages/report'),
    handle: listHandler(trackingDeviceOutageModel, outages, {
      map: withDuration,
      path: trackingDeviceOutageModel.listPath ?? '',
    }),
  },
  {
    method: 'GET',
    pattern: itemPattern(trackingDeviceOutageModel.path),
    handle: itemHandler(trackingDeviceOutageModel, outages, withDuration),
  },
];
