// What a person can see in a typed text. Zero-width characters, bidi marks, Hangul and Braille
// blanks, variation selectors, noncharacters and lone surrogates show nothing (or a box for a
// broken character): an outside attack met required fields and "another person" with them.
// One definition for forms (app/utils/forms.server.ts) and people's names (fair-share.ts).

/** Characters that show nothing; line breaks and tabs are whitespace and handled as such. */
export const INVISIBLE =
  /[\p{Cf}\p{Cs}\p{Default_Ignorable_Code_Point}\p{Noncharacter_Code_Point}\u2800\u3164\uffa0\u115f\u1160]|[^\P{Cc}\t\n\r]/gu;

/** Whether the text holds a character that shows nothing (a reference or code should not). */
export function hasInvisible(text: string): boolean {
  return new RegExp(INVISIBLE.source, "u").test(text);
}

/** Whether nothing in the text can be seen: only whitespace and invisible characters. */
export function looksBlank(text: string): boolean {
  return text.replace(INVISIBLE, "").trim() === "";
}
