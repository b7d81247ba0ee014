// An independent reference for the exact chain: the dense generator of the truncated birth–death
// chain and its matrix exponential, by Padé approximation with scaling and squaring for the whole
// matrix, and by the scaled Taylor series for a vector times the exponential (the large chains).

export type Matrix = Float64Array[];

export function zeros(n: number): Matrix {
  return Array.from({ length: n }, () => new Float64Array(n));
}

export function identity(n: number): Matrix {
  const m = zeros(n);
  for (let i = 0; i < n; i++) m[i]![i] = 1;
  return m;
}

export function multiply(a: Matrix, b: Matrix): Matrix {
  const n = a.length;
  const out = zeros(n);
  for (let i = 0; i < n; i++) {
    const ai = a[i]!;
    const oi = out[i]!;
    for (let k = 0; k < n; k++) {
      const x = ai[k]!;
      if (x === 0) continue;
      const bk = b[k]!;
      for (let j = 0; j < n; j++) oi[j] = oi[j]! + x * bk[j]!;
    }
  }
  return out;
}

function addScaled(a: Matrix, b: Matrix, s: number): Matrix {
  return a.map((row, i) => row.map((x, j) => x + s * b[i]![j]!));
}

/**
 * Solves A X = B by Gaussian elimination with partial pivoting, then back substitution. Each row's
 * work stops at its last non-zero column: a generator written state by state is banded (apart from
 * a row of ones that normalises a stationary law), and elimination only fills a row up to the
 * pivot row's last non-zero, so the work is that of the band instead of n³.
 */
export function solve(a: Matrix, b: Matrix): Matrix {
  const n = a.length;
  const A = a.map((r) => Float64Array.from(r));
  const B = b.map((r) => Float64Array.from(r));
  // Row operations keep a column of zeros zero: only B's other columns are worked on (the callers
  // that want one solution pass a square B with a single column filled).
  const width = B[0]?.length ?? 0;
  const live: number[] = [];
  for (let j = 0; j < width; j++) if (B.some((row) => row[j] !== 0)) live.push(j);
  const end = A.map((row) => row.findLastIndex((x) => x !== 0));
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(A[r]![col]!) > Math.abs(A[pivot]![col]!)) pivot = r;
    [A[col], A[pivot]] = [A[pivot]!, A[col]!];
    [B[col], B[pivot]] = [B[pivot]!, B[col]!];
    [end[col], end[pivot]] = [end[pivot]!, end[col]!];
    const Ac = A[col]!;
    const Bc = B[col]!;
    const p = Ac[col]!;
    const last = end[col]!;
    for (let r = col + 1; r < n; r++) {
      const Ar = A[r]!;
      const f = Ar[col]! / p;
      if (f === 0) continue;
      Ar[col] = 0;
      for (let j = col + 1; j <= last; j++) Ar[j] = Ar[j]! - f * Ac[j]!;
      if (last > end[r]!) end[r] = last;
      const Br = B[r]!;
      for (const j of live) Br[j] = Br[j]! - f * Bc[j]!;
    }
  }
  for (let r = n - 1; r >= 0; r--) {
    const Ar = A[r]!;
    const Br = B[r]!;
    for (let k = r + 1; k <= end[r]!; k++) {
      const x = Ar[k]!;
      if (x === 0) continue;
      const Bk = B[k]!;
      for (const j of live) Br[j] = Br[j]! - x * Bk[j]!;
    }
    const p = Ar[r]!;
    for (const j of live) Br[j] = Br[j]! / p;
  }
  return B;
}

function norm1(a: Matrix): number {
  const n = a.length;
  let max = 0;
  for (let j = 0; j < n; j++) {
    let s = 0;
    for (let i = 0; i < n; i++) s += Math.abs(a[i]![j]!);
    max = Math.max(max, s);
  }
  return max;
}

/** The diagonal Padé approximant of degree 8 of exp(A / 2^s), with A / 2^s scaled to norm ≤ 0,5. */
function pade(a: Matrix): { r: Matrix; s: number } {
  const n = a.length;
  const norm = norm1(a);
  const s = norm > 0.5 ? Math.ceil(Math.log2(norm / 0.5)) : 0;
  const scaled = a.map((row) => row.map((x) => x / 2 ** s));
  const q = 8;
  // Padé coefficients c_k = (2q − k)! q! / ((2q)! k! (q − k)!)
  const c: number[] = [1];
  for (let k = 1; k <= q; k++) c.push((c[k - 1]! * (q - k + 1)) / (k * (2 * q - k + 1)));
  let num = identity(n);
  let den = identity(n);
  let power = identity(n);
  for (let k = 1; k <= q; k++) {
    // scaled · power equals power · scaled (powers of one matrix commute), and multiply skips the
    // zeros of its left factor: the sparse generator on the left makes each power cheap.
    power = multiply(scaled, power);
    num = addScaled(num, power, c[k]!);
    den = addScaled(den, power, (k % 2 === 0 ? 1 : -1) * c[k]!);
  }
  return { r: solve(den, num), s };
}

/** exp(A) by the diagonal Padé approximant of degree 8 after scaling A to norm ≤ 0,5, then squaring. */
export function expm(a: Matrix): Matrix {
  const { r, s } = pade(a);
  let result = r;
  for (let i = 0; i < s; i++) result = multiply(result, result);
  return result;
}

/**
 * v · exp(A) for a row vector, by the Taylor series applied to the vector: A scaled to norm ≤ 0,5
 * by 2^s, then 2^s steps of v ← v · Σₖ (A / 2^s)ᵏ / k!, each summed until a term no longer changes
 * the sum. A is kept as its non-zero entries (a generator has a few per row), so a step costs the
 * non-zeros times the terms instead of the n³ of the Padé approximant's solve, which was most of
 * the time of the large references. Independent of the chain's own method (uniformization) all
 * the same: it needs neither a generator nor a uniformization rate, and is exact to rounding
 * (a truncated term at norm 0,5 is below 10⁻²⁰ of the sum).
 */
export function vecExpm(v: Float64Array, a: Matrix): Float64Array {
  const n = a.length;
  const norm = norm1Rows(a);
  const s = norm > 0.5 ? Math.ceil(Math.log2(norm / 0.5)) : 0;
  const scale = 2 ** -s;
  const { starts, columns, values } = sparseRows(a, scale);
  let out = Float64Array.from(v);
  for (let step = 0; step < 2 ** s; step++) {
    const sum = Float64Array.from(out);
    let term = out;
    for (let k = 1; k <= 40; k++) {
      const next = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        const x = term[i]!;
        if (x === 0) continue;
        for (let p = starts[i]!; p < starts[i + 1]!; p++) next[columns[p]!] = next[columns[p]!]! + x * values[p]!;
      }
      let changed = false;
      for (let j = 0; j < n; j++) {
        const t = next[j]! / k;
        next[j] = t;
        const before = sum[j]!;
        sum[j] = before + t;
        if (sum[j] !== before) changed = true;
      }
      term = next;
      if (!changed) break;
    }
    out = sum;
  }
  return out;
}

/** The largest absolute row sum: the norm that bounds v · A for a row vector v. */
function norm1Rows(a: Matrix): number {
  let max = 0;
  for (const row of a) {
    let s = 0;
    for (const x of row) s += Math.abs(x);
    max = Math.max(max, s);
  }
  return max;
}

/** The non-zero entries of a · scale, row by row (compressed sparse rows). */
function sparseRows(a: Matrix, scale: number): { starts: Int32Array; columns: Int32Array; values: Float64Array } {
  const columns: number[] = [];
  const values: number[] = [];
  const starts = new Int32Array(a.length + 1);
  a.forEach((row, i) => {
    row.forEach((x, j) => {
      if (x !== 0) {
        columns.push(j);
        values.push(x * scale);
      }
    });
    starts[i + 1] = columns.length;
  });
  return { starts, columns: Int32Array.from(columns), values: Float64Array.from(values) };
}

/** exp(A) · w for a column vector: by exp(A)ᵀ = exp(Aᵀ), as wᵀ · exp(Aᵀ). */
export function expmVec(a: Matrix, w: Float64Array): Float64Array {
  const n = a.length;
  const t = zeros(n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) t[j]![i] = a[i]![j]!;
  return vecExpm(w, t);
}

/** Generator of the birth–death chain on 0..N (no births out of N). */
export function generator(N: number, lambda: number, capacity: number, stay: number): Matrix {
  const Q = zeros(N + 1);
  for (let n = 0; n <= N; n++) {
    const birth = n < N ? lambda : 0;
    const death = Math.min(n, capacity) / stay;
    if (n < N) Q[n]![n + 1] = birth;
    if (n > 0) Q[n]![n - 1] = death;
    Q[n]![n] = -(birth + death);
  }
  return Q;
}

/** Row vector times matrix. */
export function vecMul(v: Float64Array, m: Matrix): Float64Array {
  const n = v.length;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const x = v[i]!;
    if (x === 0) continue;
    const row = m[i]!;
    for (let j = 0; j < n; j++) out[j] = out[j]! + x * row[j]!;
  }
  return out;
}

/** Month-end distributions of the chain from n0 by the dense matrix exponential, one per month. */
export function referenceDistributions(months: readonly { arrivals: number; capacity: number }[], stay: number, n0: number, N: number): Float64Array[] {
  let v: Float64Array = new Float64Array(N + 1);
  v[n0] = 1;
  const cache = new Map<string, Matrix>();
  const out: Float64Array[] = [];
  for (const m of months) {
    const key = `${m.arrivals}:${m.capacity}`;
    let e = cache.get(key);
    if (!e) {
      e = expm(generator(N, m.arrivals, m.capacity, stay));
      cache.set(key, e);
    }
    v = vecMul(v, e);
    out.push(v);
  }
  return out;
}
