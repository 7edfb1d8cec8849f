import type { CardSource } from '../utils/cards/card-model';
import { formatKbDate } from '../utils/format-date';

export function SourceList({ sources }: { sources: CardSource[] }) {
  return (
    <span class="sources">
      {sources.map((source, index) => (
        <span key={`${source.publisher}-${source.title}`}>
          {index > 0 && '; '}
          {source.url ? (
            <a href={source.url} target="_blank" rel="noopener noreferrer" title={source.title}>
              {source.publisher}
            </a>
          ) : (
            <span title={source.title}>{source.publisher}</span>
          )}
          {`, ${formatKbDate(source.published)}`}
          {source.opinion && <span class="badge opinion">{source.kind}</span>}
        </span>
      ))}
    </span>
  );
}
