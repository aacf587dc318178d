/**
 * Text from outside — a server's error, a callback parameter, an org name, an
 * imported value — made safe to show on a terminal: control and format characters
 * (escape sequences, carriage returns, bidi overrides) become "?", so what authctl
 * prints cannot move the cursor, recolour the screen or hide text.
 */
export const printable = (text: string): string => text.replace(/[\p{Cc}\p{Cf}]/gu, '?');
