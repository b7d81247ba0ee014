// The selection's guard (renderer/selection/leaveGuard.ts): a page with unsaved changes holds a
// change of unit or year until it is answered; and which navigations leave what a page shows.
import { describe, expect, it } from 'vitest';
import { changeSelection, guardSelectionChange, leavesPage } from '../../src/renderer/selection/leaveGuard.ts';

describe('the guard before another unit or year', () => {
  it('makes the change at once without a guard', () => {
    let made = 0;
    changeSelection(() => made++);
    expect(made).toBe(1);
  });

  it('holds the change while a guard is set, and makes it when the guard proceeds', () => {
    const held: (() => void)[] = [];
    const remove = guardSelectionChange((proceed) => held.push(proceed));
    let made = 0;
    changeSelection(() => made++);
    expect(made).toBe(0);
    expect(held).toHaveLength(1);
    held[0]!();
    expect(made).toBe(1);
    remove();
    changeSelection(() => made++);
    expect(made).toBe(2);
  });

  it('removes only its own guard: a page that sets one after another keeps it when the first is removed', () => {
    const removeFirst = guardSelectionChange(() => {});
    let asked = 0;
    const removeSecond = guardSelectionChange(() => asked++);
    removeFirst();
    let made = 0;
    changeSelection(() => made++);
    expect(asked).toBe(1);
    expect(made).toBe(0);
    removeSecond();
  });
});

describe('which navigations leave the page', () => {
  const prognos = { pathname: '/prognos', search: '?stadsdel=Rinkeby-Kista&enhet=SIG+vuxna&ar=2020' };
  it('another page or another unit or year leaves; the same place does not', () => {
    expect(leavesPage(prognos, { ...prognos, pathname: '/scenarier' })).toBe(true);
    expect(leavesPage(prognos, { ...prognos, search: '?stadsdel=Rinkeby-Kista&enhet=SIG+vuxna&ar=2021' })).toBe(true);
    expect(leavesPage(prognos, { ...prognos })).toBe(false);
    // The same parameters written another way are the same place.
    expect(leavesPage(prognos, { ...prognos, search: 'stadsdel=Rinkeby-Kista&enhet=SIG%20vuxna&ar=2020' })).toBe(false);
  });
});
