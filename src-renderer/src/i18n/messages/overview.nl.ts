import type { MessageTranslations } from '../messages.en.ts';

export const overviewMessagesNl: MessageTranslations['overview'] = {
  bucket: {
    overdue: 'Te laat',
    today: 'Vandaag',
    tomorrow: 'Morgen',
    week: 'Deze week',
    later: 'Later',
  },
  outports: {
    title: 'Openstaande outports',
    countLabel: 'openstaand, per overstapdatum',
    inBucket: 'Openstaande outports: {{bucket, lower}}',
  },
  tracking: {
    title: 'GPS-trackers offline',
    countLabel: 'nu offline',
    startedToday: 'Storingen begonnen in de laatste 24 uur',
    listTitle: 'Langste storingen',
  },
  forwards: {
    title: 'Geplande doorschakelingen',
    countLabel: 'nu actief',
    active: 'Nu actief',
    upcoming: 'Gepland',
    ended: 'Beëindigd',
    inState: 'Doorschakelingen: {{state, lower}}',
    startingSoon: 'Beginnen binnen 24 uur',
    startingSoonFilter: 'Doorschakelingen die binnen 24 uur beginnen',
  },
  blocks: {
    title: 'Nummerblokken in quarantaine',
    countLabel: 'in quarantaine',
    listTitle: 'Quarantaine eindigt het eerst',
    pool: 'Pool {{name}}',
  },
  sims: {
    title: 'Simkaarten per status',
    countLabel: 'simkaarten',
    withStatus: 'Simkaarten: {{status}}',
  },
  jobs: {
    title: 'Bulktaken',
    countLabel: 'vragen aandacht',
    running: 'Bezig',
    paused: 'Gepauzeerd',
    interrupted: 'Onderbroken',
    failed: 'Met fouten',
  },
};
