// The consultant's review of a provider's evaluation.
import { z } from "zod";
import { recordId, requiredNote } from "./fields";

export const reviewSchema = z.object({ evaluationId: recordId, note: requiredNote });
