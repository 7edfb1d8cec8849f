// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CardView } from '../../components/CardView';
import type { DisputeCardModel, EntityCardModel } from '../../utils/cards/card-model';
import { accessibilityViolations } from './accessibility';

const kb = { revision: 3, date: '2026-11-23' };
const reuters = { title: 'Iran warned Russia', publisher: 'Reuters', url: 'https://example.org/r', published: '2024-04-01', kind: 'agency-report', opinion: false };
const column = { title: 'A column', publisher: 'Some blog', published: '2024-04-02', kind: 'opinion', opinion: true };

const entity: EntityCardModel = {
  kind: 'entity',
  id: 'nikolai-patrushev',
  name: 'Nikolai Patrushev',
  type: 'person',
  description: 'Russian security official.',
  facts: [
    { id: 'f1', property: 'Position held', value: 'Secretary of the Security Council', asOf: '2024-03-26', rank: 'normal', sources: [reuters, column] },
  ],
  disputes: [{ id: 'crocus-responsibility', question: 'Who was behind the attack?', answers: 4 }],
  kb,
};

const dispute: DisputeCardModel = {
  kind: 'dispute',
  id: 'crocus-death-toll',
  subject: 'Crocus City Hall attack',
  question: 'How many people died?',
  why: 'Bodies were found under the rubble for days.',
  numeric: true,
  pageValue: 139,
  answers: [
    { id: 'a', property: 'Death toll', value: '133', number: 133, asOf: '2024-03-23T13:23+03:00', saidBy: 'Investigative Committee', rank: 'normal', sources: [reuters] },
    { id: 'b', property: 'Death toll', value: '139', number: 139, asOf: '2024-03-25', saidBy: 'Alexander Bastrykin', rank: 'normal', sources: [reuters] },
    { id: 'c', property: 'Death toll', value: '150', number: 150, asOf: '2024-03-23', saidBy: '112 (Telegram)', rank: 'deprecated', reason: 'An unofficial tally.', sources: [column] },
  ],
  kb,
};

afterEach(cleanup);

describe('entity card', () => {
  it('is a dialog named by the subject, with attributed facts and labelled opinion', async () => {
    const { container } = render(<CardView card={entity} onClose={() => {}} />);
    const dialog = screen.getByRole('dialog', { name: /Nikolai Patrushev/ });
    expect(dialog.textContent).toContain('Russian security official.');
    expect(dialog.textContent).toContain('Position held: Secretary of the Security Council');
    expect(screen.getByRole('link', { name: 'Reuters' }).getAttribute('href')).toBe('https://example.org/r');
    expect(dialog.textContent).toContain('opinion');
    expect(dialog.textContent).toContain('Who was behind the attack?');
    expect(dialog.textContent).toContain('revision 3');
    expect(await accessibilityViolations(container)).toEqual([]);
  });

  it('closes from its labelled close button', () => {
    const onClose = vi.fn();
    render(<CardView card={entity} onClose={onClose} />);
    fireEvent.click(screen.getByRole('button', { name: 'Close card' }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});

describe('dispute card', () => {
  it('says what the page states and marks the sources that gave the same figure', async () => {
    const { container } = render(<CardView card={dispute} onClose={() => {}} />);
    const dialog = screen.getByRole('dialog', { name: /How many people died/ });
    expect(dialog.textContent).toContain('This page says 139. One source gave the same figure.');
    expect(screen.getByRole('heading', { name: 'Who said 139' })).toBeTruthy();
    const items = screen.getAllByRole('listitem');
    // Who said 139; then the figures by date; then the superseded ones.
    expect(items.map((item) => item.getAttribute('aria-current'))).toEqual(['true', null, 'true', null]);
    expect(items[0]!.textContent).toContain('Alexander Bastrykin, 25 Mar 2024');
    expect(items[1]!.textContent).toContain('Investigative Committee, 23 Mar 2024, 13:23');
    expect(items[3]!.textContent).toContain('Superseded or unofficial: An unofficial tally.');
    expect(dialog.textContent).toContain('Crocus City Hall attack');
    expect(dialog.textContent).toContain('Bodies were found under the rubble');
    expect(await accessibilityViolations(container)).toEqual([]);
  });

  it('says so when no source gave the page’s figure', () => {
    render(<CardView card={{ ...dispute, pageValue: 141 }} onClose={() => {}} />);
    expect(screen.getByRole('dialog').textContent).toContain('no source that gave this exact figure');
    expect(screen.getAllByRole('listitem').some((item) => item.getAttribute('aria-current') === 'true')).toBe(false);
  });
});
