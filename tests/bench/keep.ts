// Results are kept here so the engine cannot drop a computation whose result nobody reads.
const sink: unknown[] = [];

export function keep(value: unknown): void {
  sink[sink.length & 7] = value;
}
