// The server's one clock. Business time (today, deadlines, holds, audit times) is read here and
// nowhere else, so a test or a tool can move it: the system clock under Debian's faketime
// (npm run test:anyday), or setClock in a test process.
import { amsterdamDay } from "~/domain/policy";

let source: () => number = () => Date.now();

export const clock = {
  /** This instant. */
  now(): Date {
    return new Date(source());
  },
  /** This instant in milliseconds since the epoch. */
  ms(): number {
    return source();
  },
  /** Today's date in Europe/Amsterdam (YYYY-MM-DD). */
  today(): string {
    return amsterdamDay(new Date(source()));
  },
};

/** Reads time from `read` instead of the system clock; `null` goes back to the system clock. */
export function setClock(read: (() => number) | null): void {
  source = read ?? (() => Date.now());
}
