import type { ComponentChildren } from 'preact';
import type { CardKbInfo } from '../utils/cards/card-model';
import { formatKbDate } from '../utils/format-date';

interface CardFrameProps {
  title: string;
  badge: string;
  subtitle?: string;
  kb: CardKbInfo;
  onClose: () => void;
  children: ComponentChildren;
}

export function CardFrame({ title, badge, subtitle, kb, onClose, children }: CardFrameProps) {
  return (
    <section class="card" role="dialog" aria-modal="false" aria-labelledby="gloss-card-title">
      <div class="header">
        <h2 class="title" id="gloss-card-title">
          {title}
          <span class="badge">{badge}</span>
        </h2>
        <button type="button" class="close" aria-label="Close card" onClick={onClose}>
          ×
        </button>
      </div>
      {subtitle && <p class="muted subtitle">{subtitle}</p>}
      {children}
      <div class="footer">
        Gloss knowledge base, revision {kb.revision} ({formatKbDate(kb.date)}). Sources are attributed; Gloss does not
        judge between them.
      </div>
    </section>
  );
}
