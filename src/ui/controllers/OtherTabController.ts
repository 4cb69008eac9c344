/**
 * Notices another open tab of the workbench. Both tabs save to the same browser storage, so
 * the later save silently wins; instead, each tab says hello on start and after every save,
 * and a tab that hears another one raises `otherTab` so the page can warn and offer to reload
 * the newer state. BroadcastChannel only reaches tabs of the same origin and browser profile.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

const CHANNEL = 'workbench-tabs';

interface TabMessage {
  tab: string;
  kind: 'hello' | 'here' | 'saved';
}

const isTabMessage = (x: unknown): x is TabMessage =>
  typeof x === 'object' && x !== null && typeof (x as TabMessage).tab === 'string' && ['hello', 'here', 'saved'].includes((x as TabMessage).kind);

export class OtherTabController implements ReactiveController {
  /** True once another tab has been heard and the user has not chosen to keep this one. */
  otherTab = false;
  /** True when the other tab has saved since this tab last chose, so reloading would bring newer work. */
  otherSaved = false;
  /** A random tab id from the platform's generator (works in insecure contexts too, unlike randomUUID). */
  private readonly id = Array.from(crypto.getRandomValues(new Uint32Array(4)), (x) => x.toString(36)).join('-');
  private channel: BroadcastChannel | null = null;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    if (typeof BroadcastChannel === 'undefined') return;
    this.channel = new BroadcastChannel(CHANNEL);
    this.channel.addEventListener('message', this.onMessage);
    this.post('hello');
  }

  hostDisconnected(): void {
    this.channel?.close();
    this.channel = null;
  }

  /** Tell other tabs this one has just saved. */
  saved(): void {
    this.post('saved');
  }

  /** The user keeps this tab's state: stop warning until another tab speaks again. */
  keepThis(): void {
    this.otherTab = false;
    this.otherSaved = false;
    this.host.requestUpdate();
  }

  private post(kind: TabMessage['kind']): void {
    this.channel?.postMessage({ tab: this.id, kind } satisfies TabMessage);
  }

  private readonly onMessage = (e: MessageEvent<unknown>): void => {
    if (!isTabMessage(e.data) || e.data.tab === this.id) return;
    // Answer a newcomer so both tabs know of each other.
    if (e.data.kind === 'hello') this.post('here');
    if (e.data.kind === 'saved') this.otherSaved = true;
    this.otherTab = true;
    this.host.requestUpdate();
  };
}
