import { dutch, english } from '../../support/ui-text.ts';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bulkFixture, closeDemos, journalBytes, jwtClient, startBulkDemo, type BulkFixture } from './helpers.ts';

let fixture: BulkFixture;
beforeEach(async () => {
  fixture = await bulkFixture();
});
afterEach(async () => {
  await fixture.cleanup();
  await closeDemos();
});

describe('CSV import of cost centers', () => {
  it('matches numbers written 0…, +31… and 31…, lists unmatched and malformed lines with their numbers, applies the rest', async () => {
    const demo = await startBulkDemo();
    const client = jwtClient(demo);
    const rows = demo.data.phoneNumbers.all();
    fixture.cache.seed('/phonenumbers', rows);
    const engine = await fixture.open(client);
    const [a, b, c] = rows.filter((r) => r.number.startsWith('0') && r.number.length === 10).slice(0, 3);
    const unknown = '0999999999';
    const text = [
      'nummer;kostenplaats;omschrijving', // 1: header
      `${a!.number};FIN-01;Finance desk`, // 2
      `+31 ${b!.number.slice(1)};FIN-02`, // 3
      '', // 4: blank
      `31${c!.number.slice(1)};"FIN;03";"Said ""hi"""`, // 5
      `${unknown};FIN-04`, // 6: unmatched
      'garbage line', // 7: malformed (one field)
      `${a!.number};FIN-99`, // 8: duplicate of line 2
      '12345;FIN-05', // 9: not a number
      `${b!.number};x;y;z`, // 10: too many fields
      `${c!.number.slice(0, 3)}-${c!.number.slice(3)};${'x'.repeat(60)}`, // 11: duplicate (same number as line 5)
    ].join('\r\n');

    const plan = await engine.plan({
      resource: 'phone-numbers',
      action: 'import-csv',
      targets: [],
      params: { text, fileName: 'finance.csv' },
    });
    expect(english(plan.title)).toBe('Import cost centers from finance.csv');
    expect(plan.operations.map((o) => [o.label, o.changes])).toEqual([
      [
        a!.number,
        [
          { field: 'costCenter', old: a!.costCenter, new: 'FIN-01' },
          { field: 'description', old: a!.description, new: 'Finance desk' },
        ],
      ],
      [b!.number, [{ field: 'costCenter', old: b!.costCenter, new: 'FIN-02' }]],
      [
        c!.number,
        [
          { field: 'costCenter', old: c!.costCenter, new: 'FIN;03' },
          { field: 'description', old: c!.description, new: 'Said "hi"' },
        ],
      ],
    ]);
    expect(plan.lines.map((l) => [l.line, l.problem])).toEqual([
      [6, 'unmatched'],
      [7, 'malformed'],
      [8, 'duplicate'],
      [9, 'malformed'],
      [10, 'malformed'],
      [11, 'duplicate'],
    ]);
    expect(english(plan.lines[0]!.message)).toContain(unknown);
    expect(dutch(plan.lines[0]!.message)).toContain(unknown);
    expect(demo.requestLog).toHaveLength(0);

    const oldCostCenterC = c!.costCenter ?? '';
    engine.start(plan.jobId, { expectedCount: 3 });
    expect((await engine.whenDone(plan.jobId)).counts.applied).toBe(3);
    expect(demo.data.phoneNumbers.get(a!.id)).toMatchObject({ costCenter: 'FIN-01', description: 'Finance desk' });
    expect(demo.data.phoneNumbers.get(c!.id)).toMatchObject({ costCenter: 'FIN;03', description: 'Said "hi"' });
    expect(engine.detail(plan.jobId).lines).toHaveLength(6);

    // the audit CSV quotes what needs quoting
    const csv = engine.auditCsv({ jobId: plan.jobId });
    expect(csv).toContain(`;${c!.number};costCenter;${oldCostCenterC};"FIN;03";applied;`);
    expect(csv).toContain('"Said ""hi"""');

    // neither the list nor the numbers are readable in the journal
    const bytes = (await journalBytes(fixture.dir)).toString('latin1');
    for (const needle of [a!.number, b!.number.slice(1), c!.number, unknown, 'FIN-01', 'Finance desk', 'finance.csv'])
      expect(bytes.includes(needle)).toBe(false);
  });
});
