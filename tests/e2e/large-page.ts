/**
 * A news page of about 5 MB of text, written by the test: paragraphs of reporting that name a few
 * people and places again and again, then a last story whose names appear nowhere before it.
 */
const NAMES = ['Vladimir Putin', 'Moscow', 'Paris', 'London', 'Emmanuel Macron', 'Tokyo'];
const SENTENCES = [
  'Officials in {a} said on Tuesday that talks with {b} would resume after a pause of several weeks.',
  'The agreement, reached late at night, was welcomed by markets and by diplomats in {a}.',
  'Critics argued that the plan put forward by {a} left too many questions about funding unanswered.',
  'Analysts expect the decision to weigh on trade between {a} and {b} for the rest of the year.',
  'A spokesman declined to comment on reports that the meeting had been moved at short notice.',
  'Residents interviewed on Wednesday described long queues, shortages and rising prices.',
];

/** Paragraph `n`, about 500 characters, the same for every run. */
function paragraph(n: number): string {
  const words: string[] = [];
  for (let i = 0; i < 5; i++) {
    const sentence = SENTENCES[(n + i) % SENTENCES.length]!;
    words.push(
      sentence
        .replace('{a}', NAMES[(n + i) % NAMES.length]!)
        .replace('{b}', NAMES[(n + 2 * i + 1) % NAMES.length]!),
    );
  }
  return words.join(' ');
}

/** The HTML of the page: about `chars` characters of text, the last story's names only at its end. */
export function largeNewsPage(chars: number): string {
  const parts = ['<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Archive</title></head>'];
  parts.push('<body><main><h1>The year in reports</h1>');
  let written = 0;
  for (let n = 0; written < chars; n++) {
    const text = paragraph(n);
    parts.push(n % 40 === 0 ? `<h2>Report ${n / 40 + 1}</h2><p>${text}</p>` : `<p>${text}</p>`);
    written += text.length;
  }
  parts.push('<p id="last-story">In Berlin, Angela Merkel closed the year with a speech.</p>');
  parts.push('</main></body></html>');
  return parts.join('\n');
}
