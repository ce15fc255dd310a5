// zod compiles object parsers with `new Function` when it may, and probes for that when the first
// object schema is made. The browser forbids it here (CSP without 'unsafe-eval'), and the probe,
// though caught, is reported as a policy violation on every page with a form. In the browser zod
// runs without the compiler; the server keeps it (it parses far more). Imported first by root.tsx,
// the first module the browser evaluates, so it runs before any schema is made.
import { z } from "zod";

if (typeof document !== "undefined") z.config({ jitless: true });
