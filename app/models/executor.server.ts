// What a model function runs its query on: the database, or the transaction a service opened.
import type { Db } from "~db/client.server";

export type Executor = Pick<Db, "select" | "insert" | "update" | "delete">;
