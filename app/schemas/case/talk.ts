// The kitchen-table talk (keukentafelgesprek).
import { z } from "zod";
import { GENERAL_FACILITIES } from "~db/enums";
import { optionalText } from "./fields";

export const talkSchema = z.object({
  situation: optionalText(4000),
  ownAbilities: optionalText(2000),
  network: optionalText(2000),
  facilities: z.array(z.enum(GENERAL_FACILITIES)).default([]),
  notes: optionalText(4000),
});
