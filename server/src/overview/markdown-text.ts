// Text from the snapshot put into a draft: it must stay text. Brackets, emphasis and HTML markers
// are escaped so a title can never become a link, a footnote call or markup; parentheses, dashes
// and periods stay as the Kamer wrote them, so the rules read the same words a person would type.
export function draftText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>]/g, (c) => '\\' + c);
}
