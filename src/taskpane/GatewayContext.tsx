/** Hands the Excel gateway to every component; tests and the browser harness provide a double. */
import type { ReactNode } from "react";
import { createContext, useContext } from "react";
import type { ExcelGateway } from "../workflow/gateway";

const GatewayContext = createContext<ExcelGateway | null>(null);

export function GatewayProvider({ gateway, children }: { gateway: ExcelGateway; children: ReactNode }) {
  return <GatewayContext.Provider value={gateway}>{children}</GatewayContext.Provider>;
}

export function useGateway(): ExcelGateway {
  const gateway = useContext(GatewayContext);
  if (gateway === null) throw new Error("useGateway needs a <GatewayProvider> above the task pane.");
  return gateway;
}
