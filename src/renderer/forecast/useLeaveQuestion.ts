// Asks before changed, unsaved assumptions on Prognos are dropped: by going to another page (the
// menu, the command palette, Arkiv's menu commands, the browser's back button: every navigation
// of the router, held by its blocker), by choosing another unit or year in the header (held by the
// selection's guard, leaveGuard.ts) or by building the forecast on another basis (asked by the
// page itself). Nothing is asked while nothing is changed.
import { useCallback, useEffect, useState } from 'react';
import { useBlocker, type BlockerFunction } from 'react-router';
import type { LeaveAction } from '../../core/forecast/pageTexts.ts';
import { guardSelectionChange, leavesPage } from '../selection/leaveGuard.ts';

export interface PendingLeave {
  action: LeaveAction;
}

export interface LeaveQuestion {
  /** What waits for an answer; null when nothing is asked. */
  pending: PendingLeave | null;
  /** Does `proceed` at once when nothing is unsaved, otherwise asks first. */
  ask(action: LeaveAction, proceed: () => void): void;
  /** Keeps the assumptions: the page, unit, year or basis stays as it is. */
  stay(): void;
  /** Drops them and does what was asked. */
  leave(): void;
}

export function useLeaveQuestion(unsaved: boolean): LeaveQuestion {
  const shouldBlock = useCallback<BlockerFunction>(({ currentLocation, nextLocation }) => unsaved && leavesPage(currentLocation, nextLocation), [unsaved]);
  const blocker = useBlocker(shouldBlock);
  const [asked, setAsked] = useState<{ action: LeaveAction; proceed: () => void } | null>(null);

  const ask = useCallback(
    (action: LeaveAction, proceed: () => void) => {
      if (unsaved) setAsked({ action, proceed });
      else proceed();
    },
    [unsaved],
  );
  useEffect(() => (unsaved ? guardSelectionChange((proceed) => setAsked({ action: { kind: 'selection' }, proceed })) : undefined), [unsaved]);

  const blocked = blocker.state === 'blocked';
  const stay = useCallback(() => {
    setAsked(null);
    if (blocker.state === 'blocked') blocker.reset();
  }, [blocker]);
  const leave = useCallback(() => {
    setAsked(null);
    if (blocker.state === 'blocked') blocker.proceed();
    else asked?.proceed();
  }, [blocker, asked]);
  const pending: PendingLeave | null = blocked ? { action: { kind: 'page' } } : asked && { action: asked.action };
  return { pending, ask, stay, leave };
}
