import { describe, expect, it } from "vitest";
import { createLimiter } from "~/utils/limiter";

const tick = () => new Promise((r) => setTimeout(r, 1));

describe("createLimiter", () => {
  it("runs at most max at once, in arrival order, and every result arrives", async () => {
    const limited = createLimiter(2);
    let now = 0;
    let most = 0;
    const started: number[] = [];
    const results = await Promise.all(
      Array.from({ length: 9 }, (_, i) =>
        limited(async () => {
          started.push(i);
          now++;
          most = Math.max(most, now);
          await tick();
          now--;
          return i * 10;
        }),
      ),
    );
    expect(most).toBe(2);
    expect(started).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(results).toEqual([0, 10, 20, 30, 40, 50, 60, 70, 80]);
  });

  it("frees the place of work that fails, and passes the error on", async () => {
    const limited = createLimiter(1);
    await expect(limited(() => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    await expect(limited(async () => "next")).resolves.toBe("next");
  });

  it("never lets a newcomer slip in while a place is handed over", async () => {
    const limited = createLimiter(1);
    let now = 0;
    let most = 0;
    const job = () =>
      limited(async () => {
        now++;
        most = Math.max(most, now);
        await tick();
        now--;
      });
    const first = job();
    const second = job();
    await first; // the place passes to `second` …
    const third = job(); // … and this one arrives in between
    await Promise.all([second, third]);
    expect(most).toBe(1);
  });

  it("refuses a limit that is not a positive whole number", () => {
    expect(() => createLimiter(0)).toThrow(RangeError);
    expect(() => createLimiter(1.5)).toThrow(RangeError);
  });
});
