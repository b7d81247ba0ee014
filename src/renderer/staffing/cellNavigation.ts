// Spreadsheet-like movement between the cells of the staffing table: arrow up/down (and Enter,
// after it has committed) move to the same column in the row above or below.
import type { KeyboardEvent } from 'react';

export function cellId(row: number, column: number): string {
  return `${row}:${column}`;
}

export function moveBetweenCells(event: KeyboardEvent<HTMLElement>, row: number, column: number): void {
  const down = event.key === 'ArrowDown' || (event.key === 'Enter' && !event.shiftKey);
  const up = event.key === 'ArrowUp' || (event.key === 'Enter' && event.shiftKey);
  if (!down && !up) return;
  const target = document.querySelector<HTMLElement>(`[data-cell="${cellId(row + (down ? 1 : -1), column)}"]`);
  if (!target) return;
  event.preventDefault();
  // Let the blur (which commits the edit) happen before focus moves on.
  window.setTimeout(() => target.focus(), 0);
}
