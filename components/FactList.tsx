import type { FormattedFact } from './format-facts';

/** The card's key facts as a description list: a label, then its value. */
export function FactList({ facts }: { facts: readonly FormattedFact[] }) {
  if (facts.length === 0) return null;
  return (
    <dl class="facts">
      {facts.map((fact) => (
        <div class="fact" key={fact.key} data-fact={fact.key}>
          <dt>{fact.label}</dt>
          <dd>{fact.value}</dd>
        </div>
      ))}
    </dl>
  );
}
