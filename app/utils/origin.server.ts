import { publicOriginSetting } from "../../server/public-url.js";

let configured: string | null | undefined;

/**
 * The origin for links that leave the browser (calendar feeds, payment return addresses): PUBLIC_URL
 * when set (server.js refuses a bad one at start), else the request's own origin, which is only
 * right where no one can forge the Host header in front of us (a laptop, a test).
 */
export function publicOrigin(request: Request): string {
  if (configured === undefined) configured = publicOriginSetting(process.env.PUBLIC_URL) as string | null;
  return configured ?? new URL(request.url).origin;
}
