export * from './api.ts';
export * from './channels.ts';
export * from './errors.ts';
export * from './events.ts';
export * from './profiles.ts';
export * from './resources.ts';
export * from './grids.ts';
export * from './bulk.ts';
