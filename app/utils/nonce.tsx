// The per-request CSP nonce, so Remix's inline scripts run under a CSP without 'unsafe-inline'.
import { createContext, type ReactNode, useContext } from "react";

const NonceContext = createContext<string>("");

export function NonceProvider({ nonce, children }: { nonce: string; children: ReactNode }) {
  return <NonceContext.Provider value={nonce}>{children}</NonceContext.Provider>;
}

export function useNonce(): string {
  return useContext(NonceContext);
}
