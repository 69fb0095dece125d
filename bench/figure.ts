/** One measured figure, printed as one JSON line by bench/run.ts. */
export interface Figure {
  name: string;
  value: number;
  unit: string;
  /** Context for reading the figure: sample size, yardstick, goal. */
  detail?: Record<string, unknown>;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Runs `fn` `runs` times after `warmup` unmeasured runs; returns the median duration in milliseconds. */
export async function medianMs(fn: () => unknown, runs: number, warmup = 1): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn();
  const durations: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    durations.push(performance.now() - start);
  }
  return median(durations);
}
