// Following up a referral: withdrawing it, or referring the indication to another provider.
import { z } from "zod";
import { recordId } from "./fields";

export const withdrawSchema = z.object({ referralId: recordId });
export const referAgainSchema = z.object({ referralId: recordId, providerId: recordId });
