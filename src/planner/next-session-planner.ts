import type { PlannerConfig } from './booking-rules';
import { todayInZone, type CalendarDate } from '~/schemas/calendar-date';
import { icsOn } from './icalendar';
import { plannerResult } from './result';

/** Reads the planner's form, asks `plannerResult` and draws the answer; no rules live here. */
class NextSessionPlanner extends HTMLElement {
  #config = JSON.parse(this.dataset['config'] ?? '{}') as PlannerConfig;
  #calendarUrl = '';

  connectedCallback() {
    const form = this.querySelector('form');
    const input = this.querySelector('input');
    if (!form || !input) return;
    form.hidden = false;
    input.max = this.#today();
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      // A half-typed native date input reports an empty value; badInput tells it from a blank field.
      this.#show(input.validity.badInput ? 'x' : input.value, input);
    });
    this.#offerSharing();
    const fromLink = new URLSearchParams(location.search).get('last');
    if (fromLink !== null) {
      input.value = fromLink;
      this.#show(fromLink, input);
    }
  }

  #today() {
    return todayInZone(this.#config.timeZone);
  }

  #part<T extends Element = HTMLElement>(name: string) {
    return this.querySelector<T>(`[data-${name}]`) as T;
  }

  #show(text: string, input: HTMLInputElement) {
    const result = plannerResult(text, this.#today(), this.#config);
    const error = this.querySelector<HTMLElement>(`#${input.id}-error`) as HTMLElement;
    const hint = `${input.id}-hint`;
    const box = this.#part('result');
    this.#part('field').classList.toggle('border-warning', !result.ok);
    if (!result.ok) {
      error.textContent = `Error: ${result.error}`;
      error.hidden = false;
      box.hidden = true;
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', `${hint} ${error.id}`);
      this.#announce(error.textContent);
      input.focus();
      return;
    }
    error.hidden = true;
    input.removeAttribute('aria-invalid');
    input.setAttribute('aria-describedby', hint);
    this.#part('headline').textContent = result.headline;
    this.#part('detail').textContent = result.detail;
    this.#part('aftercare').textContent = result.aftercare;
    this.#list('aftercare-items', result.aftercareItems);
    this.#list('todo', result.todo);
    this.#part('todo-heading').hidden = result.todo.length === 0;
    const share = new URL(location.href);
    share.search = `?last=${result.lastSession}`;
    this.#part<HTMLAnchorElement>('share').href = share.href;
    this.#part('copied').hidden = true;
    history.replaceState(null, '', share);
    this.#calendar(result.bookFrom);
    box.hidden = false;
    this.#announce(`${result.headline} ${result.detail}`);
  }

  // The share sheet where the device has one, else a copy to the clipboard; with neither (or no
  // script), the plain link stays.
  #offerSharing() {
    const button = this.#part<HTMLButtonElement>('share-button');
    const link = this.#part<HTMLAnchorElement>('share');
    const canShare = 'share' in navigator;
    if (!canShare && !navigator.clipboard) return;
    if (!canShare) button.textContent = button.dataset['copy'] ?? '';
    button.hidden = false;
    link.hidden = true;
    button.addEventListener('click', async () => {
      const copied = this.#part('copied');
      try {
        if (canShare) return await navigator.share({ url: link.href });
        await navigator.clipboard.writeText(link.href);
        copied.hidden = false;
        this.#announce(copied.innerText);
      } catch {
        // The client closed the share sheet, or the browser refused the clipboard.
      }
    });
  }

  // Screen readers stay silent when a live region is given the words it already holds, so it is
  // emptied first and filled a moment later: the same error twice is still read out.
  #announce(text: string) {
    const region = this.#part('announce');
    region.textContent = '';
    setTimeout(() => (region.textContent = text), 100);
  }

  #list(name: string, items: readonly string[]) {
    this.#part(name).replaceChildren(
      ...items.map((item) => Object.assign(document.createElement('li'), { textContent: item })),
    );
  }

  #calendar(date: CalendarDate | undefined) {
    const link = this.#part<HTMLAnchorElement>('calendar');
    URL.revokeObjectURL(this.#calendarUrl);
    link.hidden = !date;
    if (!date) return;
    const ics = icsOn(this.#config.calendar, date, new Date());
    this.#calendarUrl = URL.createObjectURL(new Blob([ics], { type: 'text/calendar' }));
    link.href = this.#calendarUrl;
  }
}

customElements.define('next-session-planner', NextSessionPlanner);
