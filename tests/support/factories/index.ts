// Shared test data, by concept: import what a test arranges from here.
export * from "./bookings";
export * from "./cancelling";
export * from "./cases";
export * from "./db";
export * from "./in-process";
export * from "./notices";
export * from "./people";
export * from "./providers";
export * from "./requests";
