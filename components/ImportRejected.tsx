import type { JSX } from 'preact';

export interface ImportRejectedProps {
  /** The element's id, which tests and the file button's aria-describedby point at. */
  id: string;
  /** What was refused ("team.csv was not imported"). */
  title: string;
  /** Each problem in words, in file order. */
  problems: readonly string[];
}

/** A refused import: what was refused, then every problem on a line of its own. */
export function ImportRejected({ id, title, problems }: ImportRejectedProps): JSX.Element {
  return (
    <div role="alert" class="gloss-outcome gloss-error-box" id={id}>
      <p>{title}</p>
      <ul class="gloss-problems">
        {problems.map((problem, i) => (
          <li key={i}>{problem}</li>
        ))}
      </ul>
    </div>
  );
}
