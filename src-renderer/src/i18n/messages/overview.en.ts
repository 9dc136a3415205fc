/** The overview's tiles as main computes them, under `msg.overview.<code>`. */
export const overviewMessagesEn = {
  /** When a pending outport's porting date falls. */
  bucket: {
    overdue: 'Overdue',
    today: 'Today',
    tomorrow: 'Tomorrow',
    week: 'This week',
    later: 'Later',
  },
  outports: {
    title: 'Outports pending',
    countLabel: 'pending, by porting date',
    inBucket: 'Outports pending: {{bucket, lower}}',
  },
  tracking: {
    title: 'Tracking devices offline',
    countLabel: 'offline now',
    startedToday: 'Outages begun in the last 24 h',
    listTitle: 'Longest outages',
  },
  forwards: {
    title: 'Scheduled forwards',
    countLabel: 'active now',
    active: 'Active now',
    upcoming: 'Upcoming',
    ended: 'Ended',
    inState: 'Forwards: {{state, lower}}',
    startingSoon: 'Starting in the next 24 h',
    startingSoonFilter: 'Forwards starting in the next 24 h',
  },
  blocks: {
    title: 'Number blocks in cool-off',
    countLabel: 'in cool-off',
    listTitle: 'Cool-off ends first',
    pool: 'Pool {{name}}',
  },
  sims: {
    title: 'SIM cards by status',
    countLabel: 'SIM cards',
    withStatus: 'SIM cards: {{status}}',
  },
  jobs: {
    title: 'Bulk jobs',
    countLabel: 'need a look',
    running: 'Running',
    paused: 'Paused',
    interrupted: 'Interrupted',
    failed: 'With failures',
  },
};
