/** Reference lists for realistic Dutch demo data. */

export interface AreaCodeSeed {
  code: string;
  name: string;
  geographic: boolean;
}

/** Real Dutch area codes. Weight: how often numbers are drawn from it (big cities more). */
export const AREA_CODES: readonly (AreaCodeSeed & { weight: number })[] = [
  { code: '010', name: 'Rotterdam', geographic: true, weight: 10 },
  { code: '020', name: 'Amsterdam', geographic: true, weight: 14 },
  { code: '030', name: 'Utrecht', geographic: true, weight: 8 },
  { code: '040', name: 'Eindhoven', geographic: true, weight: 6 },
  { code: '043', name: 'Maastricht', geographic: true, weight: 2 },
  { code: '045', name: 'Heerlen', geographic: true, weight: 1 },
  { code: '050', name: 'Groningen', geographic: true, weight: 4 },
  { code: '053', name: 'Enschede', geographic: true, weight: 2 },
  { code: '055', name: 'Apeldoorn', geographic: true, weight: 2 },
  { code: '058', name: 'Leeuwarden', geographic: true, weight: 1 },
  { code: '070', name: 'Den Haag', geographic: true, weight: 7 },
  { code: '071', name: 'Leiden', geographic: true, weight: 3 },
  { code: '072', name: 'Alkmaar', geographic: true, weight: 2 },
  { code: '073', name: "'s-Hertogenbosch", geographic: true, weight: 3 },
  { code: '076', name: 'Breda', geographic: true, weight: 3 },
  { code: '079', name: 'Zoetermeer', geographic: true, weight: 2 },
  { code: '085', name: 'Niet-geografisch (085)', geographic: false, weight: 6 },
  { code: '088', name: 'Niet-geografisch bedrijfsnummers (088)', geographic: false, weight: 5 },
];

export const MOBILE_PREFIX = '06';

export const COST_CENTERS: readonly (string | null)[] = [
  'HQ-NET',
  'Sales',
  'Support',
  'Finance',
  'Logistiek',
  'IT',
  null,
  null,
];

export const NUMBER_DESCRIPTIONS: readonly (string | null)[] = [
  'Hoofdnummer',
  'Receptie',
  'Verkoop',
  'Klantenservice',
  'Support lijn',
  'Spoedlijn storingen',
  'Fax',
  'Vergaderruimte',
  'Directie',
  'Magazijn',
  null,
  null,
  null,
];

const SURNAMES = [
  'De Vries',
  'Jansen',
  'Bakker',
  'Visser',
  'Smit',
  'Meijer',
  'De Boer',
  'Mulder',
  'De Groot',
  'Bos',
  'Vos',
  'Peters',
  'Hendriks',
  'Van Dijk',
  'Dekker',
  'Van Leeuwen',
  'Brouwer',
  'De Wit',
  'Dijkstra',
  'Vermeulen',
] as const;
const TRADES = [
  'Installatietechniek',
  'Tandartspraktijk',
  'Advocaten',
  'Zorggroep',
  'Transport',
  'Logistiek',
  'Makelaardij',
  'Accountants',
  'Bouwbedrijf',
  'Autobedrijf',
  'Huisartsenpraktijk',
  'Notariskantoor',
  'Schoonmaak',
  'Hoveniers',
] as const;
const LEGAL = ['B.V.', 'B.V.', 'V.O.F.', 'Holding B.V.', ''] as const;
export const STREETS = [
  'Keizersgracht',
  'Stationsweg',
  'Industrieweg',
  'Dorpsstraat',
  'Kerkstraat',
  'Havenstraat',
  'Marktplein',
  'Energieweg',
] as const;
export const CITIES = [
  'Amsterdam',
  'Rotterdam',
  'Utrecht',
  'Eindhoven',
  'Groningen',
  'Den Haag',
  'Leiden',
  "'s-Hertogenbosch",
  'Breda',
  'Zoetermeer',
] as const;

export function companyName(pick: <T>(items: readonly T[]) => T): string {
  const name = `${pick(TRADES)} ${pick(SURNAMES)}`;
  const legal = pick(LEGAL);
  return legal ? `${name} ${legal}` : name;
}

export const MOBILE_NETWORKS = [
  { mnc: '16', name: 'Odido', iccIssuer: '16' },
  { mnc: '20', name: 'Odido', iccIssuer: '20' },
  { mnc: '08', name: 'KPN', iccIssuer: '08' },
  { mnc: '04', name: 'Vodafone', iccIssuer: '04' },
] as const;

export const RECEIVING_PROVIDERS = [
  'KPN',
  'VodafoneZiggo',
  'Odido',
  'Voys',
  'Speakup',
  'Vonage',
  'Destiny',
  'Budget Phone',
] as const;

export const TRACKER_MODELS = [
  'Teltonika FMB920',
  'Teltonika FMC130',
  'Queclink GV300',
  'Allsetra AT-4000',
  'Ruptela Eco5',
] as const;
