// Whether a balance (funding − total cost) is a surplus, a deficit or in balance. Amounts are
// kept unrounded, so half a krona either way counts as in balance: it shows as 0 kr.

/** Less than this many kronor from zero is in balance. */
export const BALANCE_TOLERANCE_KRONOR = 0.5;

export type BalanceState = 'surplus' | 'deficit' | 'balanced';

export function balanceState(balance: number): BalanceState {
  if (balance > BALANCE_TOLERANCE_KRONOR) return 'surplus';
  if (balance < -BALANCE_TOLERANCE_KRONOR) return 'deficit';
  return 'balanced';
}

/** The word a card shows for the balance: "Överskott", "Underskott" or "I balans". */
export const BALANCE_WORDS: Readonly<Record<BalanceState, string>> = {
  surplus: 'Överskott',
  deficit: 'Underskott',
  balanced: 'I balans',
};
