// How a cleaner booking on the case is paid.
import { z } from "zod";
import { PAYMENT_METHODS } from "~db/enums";
import { recordId } from "./fields";

export const paymentMethodSchema = z.object({ requestId: recordId, method: z.enum(PAYMENT_METHODS) });
