// The lotsar actually at work in each forecast month: the planned profile after the recruitment
// lead time, and the slots that the time available after absence carries.
//
// Lead time. The profile says how many lotsar (FTE) the unit plans for each month. A rise in the
// profile is filled by recruitment, which takes `leadTime` months:
// - a rise that replaces lotsar who left (the profile fell earlier and has not been filled since)
//   starts no earlier than the lead time after the month of the fall: recruiting a replacement
//   begins when the lots leaves;
// - a rise beyond that (growth) starts no earlier than month 1 + lead time: recruiting begins now.
// Until then the month keeps the lotsar it has. Falls take effect at once (nobody is kept against
// the plan). With lead time 0 the profile is used as it is.
//
// Absence. A share of lots time ("frånvaro": sick leave, parental leave, vacancies) carries no
// participants. The choice made here: the slots are the whole participants the available time
// carries, ⌊lotsar · (1 − frånvaro) · caseload⌋, rounded down as every slot count is (half a slot
// takes nobody in). The alternative, a slower service rate for everyone enrolled, would lengthen
// stays for participants whose lots is away; in practice colleagues cover those participants and
// the unit instead takes in fewer new ones, which is what fewer slots model.
import { slotsFor } from '../figures/keyFigures.ts';

interface Pending {
  /** FTE not yet at work. */
  amount: number;
  /** First forecast month in which it is. */
  from: number;
}

/** The lotsar at work in months 1..profile.length under the lead time (see above). */
export function lotsarAfterLeadTime(profile: readonly number[], leadTime: number): number[] {
  if (leadTime <= 0 || profile.length === 0) return [...profile];
  const out: number[] = [];
  // Vacancies: FTE that left, with the month they left, oldest first.
  const vacancies: { amount: number; month: number }[] = [];
  const pending: Pending[] = [];
  let previous = profile[0]!;
  for (let i = 0; i < profile.length; i++) {
    const month = i + 1;
    const planned = profile[i]!;
    if (planned < previous) {
      let fall = previous - planned;
      // A fall first cancels rises not yet at work (the latest first), then is a departure.
      for (let j = pending.length - 1; j >= 0 && fall > 1e-12; j--) {
        const take = Math.min(fall, pending[j]!.amount);
        pending[j]!.amount -= take;
        fall -= take;
        if (pending[j]!.amount <= 1e-12) pending.splice(j, 1);
      }
      if (fall > 1e-12) vacancies.push({ amount: fall, month });
    } else if (planned > previous) {
      let rise = planned - previous;
      while (rise > 1e-12 && vacancies.length > 0) {
        const v = vacancies[0]!;
        const take = Math.min(rise, v.amount);
        pending.push({ amount: take, from: v.month + leadTime });
        v.amount -= take;
        rise -= take;
        if (v.amount <= 1e-12) vacancies.shift();
      }
      if (rise > 1e-12) pending.push({ amount: rise, from: 1 + leadTime });
    }
    let waiting = 0;
    for (let j = pending.length - 1; j >= 0; j--) {
      if (pending[j]!.from <= month) pending.splice(j, 1);
      else waiting += pending[j]!.amount;
    }
    out.push(Math.max(0, planned - waiting));
    previous = planned;
  }
  return out;
}

/**
 * The lotsar at work in forecast months 1..horizon: the planned profile (the last value holds
 * after it) after the lead time. The forecast's slots are taken from these (monthInputs), and so
 * must the searches that add lotsar to the same forecast ("Vad krävs?", clearing a backlog).
 */
export function lotsarAtWork(options: { lotsar: readonly number[]; horizon: number; leadTime?: number | undefined }): number[] {
  const planned = Array.from({ length: options.horizon }, (_, i) => options.lotsar[Math.min(i, options.lotsar.length - 1)] ?? 0);
  return lotsarAfterLeadTime(planned, options.leadTime ?? 0);
}

/**
 * The slots of each forecast month: those of the lotsar at work (lotsarAtWork), with the share
 * `absence` of their time away. What the forecast computes with, and what its options check.
 */
export function slotsAtWork(options: {
  lotsar: readonly number[];
  horizon: number;
  caseload: number;
  leadTime?: number | undefined;
  absence?: number | undefined;
}): number[] {
  const absence = options.absence ?? 0;
  return lotsarAtWork(options).map((lotsar) => (absence > 0 ? availableSlots(lotsar, options.caseload, absence) : slotsFor(lotsar, options.caseload)));
}

/** Slots carried by `lotsar` FTE with a share `absence` of their time away (⌊N·(1 − f)·K⌋). */
export function availableSlots(lotsar: number, caseload: number, absence: number): number {
  return slotsFor(lotsar * (1 - absence), caseload);
}
