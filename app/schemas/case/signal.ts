// Handling a signal: acknowledging it, or a follow-up note, or closing it with a note.
import { z } from "zod";
import { recordId, requiredNote } from "./fields";

export const signalActionSchema = z.discriminatedUnion("action", [
  z.object({ signalId: recordId, action: z.literal("acknowledge") }),
  z.object({ signalId: recordId, action: z.enum(["note", "close"]), note: requiredNote }),
]);
