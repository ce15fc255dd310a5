import { flatRoutes } from "@remix-run/fs-routes";
import type { RouteConfig } from "@remix-run/route-config";

// Remix v2's own flat-file convention (app/routes/*), under the v3_routeConfig flag.
export default flatRoutes() satisfies RouteConfig;
