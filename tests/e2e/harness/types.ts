/** What the scenarios need from a browser, so one test file runs unchanged in Chromium and Firefox. */

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Tab {
  /** Runs `fn` in the page's main world; it must be self-contained (it is sent as source text). */
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  bringToFront(): Promise<void>;
  mouseMove(x: number, y: number): Promise<void>;
  click(selector: string): Promise<void>;
  press(key: string): Promise<void>;
  close(): Promise<void>;
}

export interface GlossBrowser {
  name: 'chromium' | 'firefox';
  /** chrome-extension://ID or moz-extension://UUID */
  extensionOrigin: string;
  /** The tab the browser started with. */
  firstTab: Tab;
  newTab(): Promise<Tab>;
  /** Opens the toolbar popup's page in a new tab of the same window; it acts on the tab used before it. */
  openPopup(): Promise<Tab>;
  close(): Promise<void>;
}
