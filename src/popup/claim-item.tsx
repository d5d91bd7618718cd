/**
 * One claim in the popup's list: kind, text, who said it (speaker, role, source type, via, medium), the
 * reader's source-book confidence for the speaker and the via outlet, and the reader's verdict if noted.
 * The whole row is a button: activating it scrolls the page to the claim and opens its card.
 */
import type { Claim, Note, Source } from '../core/model';
import { CLAIM_KIND_LABELS, SOURCE_TYPE_LABELS, VERDICT_LABELS, confidenceLabel } from '../core/labels';

export interface ClaimItemProps {
  claim: Claim;
  note: Note | null;
  /** Source-book entries by looked-up name. */
  sources: ReadonlyMap<string, Source | null>;
  onFocus: (claimId: string) => void;
}

/** A claim row. */
export function ClaimItem({ claim, note, sources, onFocus }: ClaimItemProps) {
  const a = claim.attribution;
  const details = a ? [a.role, SOURCE_TYPE_LABELS[a.sourceType], a.via ? `via ${a.via}` : null, a.medium].filter(Boolean).join(' · ') : null;
  return (
    <li class={`claim kind-${claim.kind}`} data-claim-id={claim.id}>
      <button type="button" class="claim-button" onClick={() => onFocus(claim.id)} aria-label={`Show on page: ${claim.text}`}>
        <span class="kind">{CLAIM_KIND_LABELS[claim.kind]}</span>
        {note && <span class={`verdict verdict-${note.verdict}`}>{VERDICT_LABELS[note.verdict]}</span>}
        <span class="claim-text">{claim.text}</span>
        {a ? (
          <span class="who">
            <span class="speaker">{a.speaker}</span>
            <SourceBadge name={a.speaker} sources={sources} />
            {details && <span class="details"> — {details}</span>}
            {a.via && <SourceBadge name={a.via} sources={sources} label={`${a.via}: `} />}
          </span>
        ) : (
          <span class="who muted">Unattributed</span>
        )}
      </button>
    </li>
  );
}

/** The reader's confidence in a source, when the source book has it. */
export function SourceBadge({ name, sources, label = '' }: { name: string; sources: ReadonlyMap<string, Source | null>; label?: string }) {
  const source = sources.get(name);
  if (!source) return null;
  return (
    <span class="badge" title={source.notes || undefined} aria-label={`Source book: ${source.name}, confidence ${confidenceLabel(source.confidence)}`}>
      {label}{confidenceLabel(source.confidence)}
    </span>
  );
}
