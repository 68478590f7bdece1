import type { JSX } from 'preact';
import type { EntityType } from '@/engine/types';
import { ENTITY_TYPES } from '@/engine/types';

export interface TypeTogglesProps {
  legend: string;
  /** Label of each type, e.g. "People". */
  labels: Record<EntityType, string>;
  types: Record<EntityType, boolean>;
  onChange: (type: EntityType, checked: boolean) => void;
}

/** One checkbox per entity type (`input[name="type-person"]` ...), each with its highlight colour as a swatch. */
export function TypeToggles({ legend, labels, types, onChange }: TypeTogglesProps): JSX.Element {
  return (
    <fieldset class="gloss-types">
      <legend>{legend}</legend>
      {ENTITY_TYPES.map((type) => (
        <label key={type} class="gloss-type">
          <input
            type="checkbox"
            name={`type-${type}`}
            checked={types[type]}
            onChange={(event) => onChange(type, event.currentTarget.checked)}
          />
          <span class={`gloss-swatch gloss-swatch-${type}`} aria-hidden="true" />
          {labels[type]}
        </label>
      ))}
    </fieldset>
  );
}
