// TRUST_PROXY in Express's own `trust proxy` terms (ADR 017): which hops in front of us may say
// who the client is. The limits on logins and registrations count the address Express derives.
import net from "node:net";

const NAMED = new Set(["loopback", "linklocal", "uniquelocal"]);

function isAddressOrSubnet(entry) {
  const [ip, prefix, ...rest] = entry.split("/");
  if (rest.length > 0 || !ip || net.isIP(ip) === 0) return false;
  if (prefix === undefined) return true;
  // A prefix length (10.0.0.0/8) or, for IPv4, a mask (10.0.0.0/255.0.0.0).
  return /^\d{1,3}$/.test(prefix) ? Number(prefix) <= (net.isIPv6(ip) ? 128 : 32) : net.isIPv4(prefix);
}

/**
 * The value for `app.set("trust proxy", …)`: unset, empty or `false` trusts no proxy (the socket's
 * address counts); a number is how many proxies stand in front; otherwise a comma-separated list
 * of addresses, subnets or Express's names (`loopback`, `linklocal`, `uniquelocal`). `true` is
 * refused: it trusts every hop, so any client could choose its own address with X-Forwarded-For.
 */
export function trustProxySetting(value) {
  const raw = (value ?? "").trim();
  if (raw === "" || raw === "false") return false;
  if (raw === "true") {
    throw new Error(
      "TRUST_PROXY=true is refused: it would let any client pick its own address with X-Forwarded-For. " +
        "Set the number of proxies in front of the app (TRUST_PROXY=1 behind one nginx or Caddy) " +
        "or their addresses (TRUST_PROXY=loopback, or 10.0.0.0/8). See README, 'Behind a TLS proxy'.",
    );
  }
  if (/^\d+$/.test(raw)) return Number(raw);
  const entries = raw.split(",").map((e) => e.trim());
  const wrong = entries.filter((e) => !NAMED.has(e) && !isAddressOrSubnet(e));
  if (wrong.length > 0) {
    throw new Error(
      `TRUST_PROXY has entries that are not a hop count, address, subnet or name: ${wrong.join(", ")}. ` +
        "Examples: 1, loopback, 10.0.0.1, 10.0.0.0/8, 127.0.0.1.",
    );
  }
  return entries;
}
