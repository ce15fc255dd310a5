// The part of autocannon 9's programmatic API the benchmark uses (the package ships no types).
declare module "autocannon" {
  import type { EventEmitter } from "node:events";

  namespace autocannon {
    type Request = {
      method?: string;
      path?: string;
      headers?: Record<string, string>;
      body?: string;
      setupRequest?: (request: Request, context: Record<string, unknown>) => Request | undefined;
    };
    type Options = {
      url: string;
      connections?: number;
      duration?: number;
      pipelining?: number;
      timeout?: number;
      headers?: Record<string, string>;
      requests?: Request[];
    };
    type Result = {
      duration: number;
      errors: number;
      timeouts: number;
      non2xx: number;
      requests: { average: number; total: number };
    };
    type Instance = EventEmitter &
      PromiseLike<Result> & {
        stop: () => void;
      };
  }

  function autocannon(options: autocannon.Options): autocannon.Instance;
  export default autocannon;
}
