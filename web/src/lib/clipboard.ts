/** Copies text; false when the browser refuses (no clipboard permission on plain http, say). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false; // the text stays on screen, selectable
  }
}
