import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canRedo, canUndo, HISTORY_LIMIT, push, redo, startHistory, undo } from '../../../src/ui/state/History.js';

describe('History', () => {
  it('undoes and redoes in order', () => {
    let h = startHistory('a');
    h = push(push(h, 'b'), 'c');
    expect(undo(h).present).toBe('b');
    expect(undo(undo(h)).present).toBe('a');
    expect(redo(undo(undo(h))).present).toBe('b');
    expect(canUndo(startHistory(1))).toBe(false);
    expect(canRedo(h)).toBe(false);
  });
  it('drops the redo branch on a new edit', () => {
    const h = push(undo(push(push(startHistory(1), 2), 3)), 4);
    expect(h.present).toBe(4);
    expect(canRedo(h)).toBe(false);
    expect(undo(h).present).toBe(2);
  });
  it('undo then redo is the identity (property)', () => {
    fc.assert(fc.property(fc.array(fc.integer(), { minLength: 1, maxLength: 30 }), fc.nat(40), (edits, back) => {
      let h = startHistory(-1);
      for (const e of edits) h = push(h, e);
      let u = h;
      for (let i = 0; i < back; i++) u = undo(u);
      for (let i = 0; i < back; i++) u = redo(u);
      expect(u.present).toBe(h.present);
    }));
  });
  it('keeps at most the limit of steps', () => {
    let h = startHistory(0);
    for (let i = 1; i <= HISTORY_LIMIT + 50; i++) h = push(h, i);
    expect(h.past).toHaveLength(HISTORY_LIMIT);
  });
});
