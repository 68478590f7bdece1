import type { JSX } from 'preact';
import type { Candidate } from '../engine/messages';
import type { Translate } from './translate';

export interface CandidateListProps {
  t: Translate;
  /** 'loading' while the background is asked. */
  candidates: readonly Candidate[] | 'loading';
  onChoose: (candidate: Candidate) => void;
}

/** "Not this?": the other entities the store has for the name; choosing one relinks the name on this site. */
export function CandidateList({ t, candidates, onChoose }: CandidateListProps): JSX.Element {
  if (candidates === 'loading') return <p class="candidates-note">{t('cardLoading')}</p>;
  if (candidates.length === 0) return <p class="candidates-note">{t('cardNoCandidates')}</p>;
  return (
    <ul class="candidates" aria-label={t('cardCandidatesLabel')}>
      {candidates.map((candidate) => (
        <li key={candidate.id}>
          <button
            type="button"
            class="candidate"
            data-candidate-id={candidate.id}
            onClick={() => onChoose(candidate)}
          >
            <span class={`candidate-name swatch-${candidate.type}`}>{candidate.name}</span>
            {candidate.description ? (
              <span class="candidate-description">{candidate.description}</span>
            ) : null}
          </button>
        </li>
      ))}
    </ul>
  );
}
