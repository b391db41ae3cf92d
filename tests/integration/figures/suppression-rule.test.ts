import { suppress, type Cell, type Relation } from '../../../api/src/modules/figures/suppression';

const cells = (values: Record<string, [number, number?]>) =>
  new Map<string, Cell>(Object.entries(values).map(([id, [value, people]]) => [id, { value, people: people ?? value }]));

describe('the one small-count rule', () => {
  it('hides a count of 1 to 4 people, shows 0 and 5 or more', () => {
    const hidden = suppress(cells({ a: [0], b: [1], c: [4], d: [5], e: [40] }));
    expect([...hidden].sort()).toEqual(['b', 'c']);
  });

  it('counts people, not rows: seven referrals of two clients are hidden', () => {
    expect([...suppress(cells({ a: [7, 2], b: [7, 7] }))]).toEqual(['a']);
  });

  it('hides a second part beside a hidden one, so the total minus the visible parts gives nothing away', () => {
    // total = a + b + c; a is small; the smallest other part goes with it.
    const relations: Relation[] = [{ total: 't', parts: ['a', 'b', 'c'] }];
    const hidden = suppress(cells({ t: [33], a: [3], b: [10], c: [20] }), relations);
    expect([...hidden].sort()).toEqual(['a', 'b']);
  });

  it('hides the total when a hidden part has no other part to go with', () => {
    const hidden = suppress(cells({ t: [3], a: [3], b: [0] }), [{ total: 't', parts: ['a', 'b'] }]);
    expect([...hidden].sort()).toEqual(['a', 't']);
  });

  it('carries on across tables: a complement in one relation gets its own complement in the next', () => {
    // Rows r1 = a + b, r2 = c + d; columns k1 = a + c, k2 = b + d. a is small.
    const relations: Relation[] = [
      { total: 'r1', parts: ['a', 'b'] },
      { total: 'r2', parts: ['c', 'd'] },
      { total: 'k1', parts: ['a', 'c'] },
      { total: 'k2', parts: ['b', 'd'] },
    ];
    const hidden = suppress(cells({ a: [2], b: [9], c: [8], d: [30], r1: [11], r2: [38], k1: [10], k2: [39] }), relations);
    expect([...hidden].sort()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('hides what the viewer would find by subtracting its own part: the others counted are 1 to 4', () => {
    const hidden = suppress(
      new Map<string, Cell>([
        ['a', { value: 12, people: 12, others: 2 }],
        ['b', { value: 12, people: 12, others: 0 }],
      ]),
    );
    expect([...hidden]).toEqual(['a']);
  });
});
