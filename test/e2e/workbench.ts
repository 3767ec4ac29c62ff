/**
 * What a person does in the VS Code workbench, and what they see, through playwright-core: keyboard
 * and mouse in, text of on-screen widgets out. Every wait polls a condition with a bound.
 */
import type { Locator, Page } from 'playwright-core';

export const WAIT_MS = 30_000;

export async function until<T>(what: string, probe: () => Promise<T | undefined | false>, timeoutMs = WAIT_MS, everyMs = 150): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const v = await probe();
      if (v !== undefined && v !== false) return v;
    } catch (e) {
      last = e;
    }
    if (Date.now() > end) throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}${last ? ` (last error: ${last instanceof Error ? last.message : String(last)})` : ''}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/** One row of the Problems panel. */
export interface Problem {
  severity: string;
  message: string;
  source: string;
  code: string;
  line: number;
  column: number;
  /** The name of the file the row is listed under. */
  file: string;
  /** How many other locations the problem refers to (its related information, listed under it). */
  related: number;
}

/** Vietnamese letters that English text never has. */
const VI_LETTERS = /[ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]/giu;
export function vietnameseLetters(text: string): number {
  return (text.match(VI_LETTERS) ?? []).length;
}

export class Workbench {
  constructor(readonly page: Page) {}

  /** The editor of the active editor group. */
  private editor(): Locator {
    return this.page.locator('.part.editor .editor-group-container.active .monaco-editor[data-uri^="vscode-remote:"], .part.editor .editor-group-container.active .monaco-editor[data-uri^="file:"], .part.editor .editor-group-container.active .monaco-editor[data-uri^="ecs-taskdef-report:"]').first();
  }

  async waitReady(): Promise<void> {
    await this.page.waitForSelector('.monaco-workbench .part.statusbar', { timeout: 90_000 });
    await this.page.waitForSelector('.monaco-workbench .part.activitybar, .monaco-workbench .part.sidebar', { timeout: WAIT_MS });
  }

  /** Runs a command through the command palette, by its exact title. */
  async command(title: string): Promise<void> {
    await this.page.keyboard.press('F1');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: WAIT_MS });
    await input.fill('>' + title);
    const row = this.page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
    await row.waitFor({ state: 'visible', timeout: WAIT_MS });
    await until(`"${title}" as the first command`, async () => ((await this.page.locator('.quick-input-list .monaco-list-row').first().textContent()) ?? '').includes(title));
    await this.page.keyboard.press('Enter');
    await input.waitFor({ state: 'hidden', timeout: WAIT_MS });
  }

  /**
   * Runs a command that goes on asking questions (quick picks, input boxes) by its exact title: does
   * not wait for the palette to close. An extension's commands join the palette a moment after the
   * workbench loads: the palette is opened again until the command is listed.
   */
  async startCommand(title: string): Promise<void> {
    const input = this.page.locator('.quick-input-widget input');
    const first = this.page.locator('.quick-input-list .monaco-list-row').first();
    await until(`"${title}" as the first command`, async () => {
      await this.page.keyboard.press('F1');
      await input.waitFor({ state: 'visible', timeout: WAIT_MS });
      await input.fill('>' + title);
      const listed = await until('the command', async () => ((await first.textContent({ timeout: 1000 })) ?? '').includes(title), 3000).then(() => true, () => false);
      if (!listed) {
        await this.escape();
        await input.waitFor({ state: 'hidden', timeout: WAIT_MS });
      }
      return listed;
    }, WAIT_MS, 500);
    await this.page.keyboard.press('Enter');
  }

  /**
   * Waits for the quick pick or input box titled `title` (a command's step) and returns the labels
   * of its rows (none for an input box) once the rows, if any, are there.
   */
  async quickInput(title: string, rows: 'rows' | 'input'): Promise<string[]> {
    const widget = this.page.locator('.quick-input-widget');
    const list = widget.locator('.quick-input-list .monaco-list-row');
    return until(`the quick input "${title}"`, async () => {
      if (!(await widget.isVisible())) return undefined;
      if (((await widget.locator('.quick-input-title').textContent()) ?? '').trim() !== title) return undefined;
      if (rows === 'input') return [];
      const labels = await list.evaluateAll((els) => els.map((e) => (e.querySelector('.label-name')?.textContent ?? '').replace(/\u00a0/g, ' ').trim()));
      return labels.length ? labels : undefined;
    });
  }

  /** In the open quick pick: types `label` into the filter, waits for it to be the first row, and presses Enter. */
  async pickFirst(label: string): Promise<void> {
    const widget = this.page.locator('.quick-input-widget');
    await widget.locator('.quick-input-box input').fill(label);
    await until(`"${label}" as the first row of the quick pick`, async () =>
      ((await widget.locator('.quick-input-list .monaco-list-row').first().locator('.label-name').first().textContent({ timeout: 1000 })) ?? '').replace(/\u00a0/g, ' ').trim() === label);
    await this.page.keyboard.press('Enter');
  }

  /** The title of the active tab and the URI of the active editor. */
  async activeEditor(): Promise<{ tab: string; uri: string }> {
    const tab = (await this.page.locator('.part.editor .editor-group-container.active .tabs-container .tab.active .monaco-icon-label-container').first().textContent({ timeout: 2000 })) ?? '';
    const uri = (await this.editor().getAttribute('data-uri', { timeout: 2000 })) ?? '';
    return { tab: tab.replace(/\u00a0/g, ' ').trim(), uri };
  }

  async closeAllEditors(): Promise<void> {
    await this.command('View: Close All Editors');
    // Scenarios edit their files: answer "Don't Save" (the files on disk stay as the run wrote them).
    await until('no open editor', async () => {
      const dontSave = this.page.getByRole('button', { name: /Don.t Save/ });
      if (await dontSave.first().isVisible()) await dontSave.first().click();
      return (await this.page.locator('.part.editor .tabs-container .tab').count()) === 0;
    });
  }

  /** Opens a workspace file with Quick Open (Ctrl+P), by its path relative to the folder. */
  async openFile(relPath: string): Promise<void> {
    await this.page.keyboard.press('Control+P');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: WAIT_MS });
    await input.fill(relPath);
    const name = relPath.split('/').pop()!;
    const dir = relPath.includes('/') ? relPath.slice(0, relPath.lastIndexOf('/')) : '';
    // The first row must be this very file (its folder is shown beside the name).
    await until(`Quick Open to list ${relPath} first`, async () => {
      const row = this.page.locator('.quick-input-list .monaco-list-row').first();
      const label = (await row.getAttribute('aria-label')) ?? '';
      return label.startsWith(name) && (!dir || label.includes(dir));
    });
    await this.page.keyboard.press('Enter');
    await until(`the editor of ${relPath}`, async () => {
      const uri = (await this.editor().getAttribute('data-uri', { timeout: 1000 })) ?? '';
      return uri.endsWith('/' + relPath);
    });
    await this.editor().locator('.view-lines').waitFor({ state: 'visible', timeout: WAIT_MS });
  }

  /** Closes the panel (Problems, Output...) when it is open: the editor gets the height back. */
  async hidePanel(): Promise<void> {
    const panel = this.page.locator('.monaco-workbench .part.panel');
    if (!(await panel.isVisible())) return;
    await this.command('View: Hide Panel');
    await panel.waitFor({ state: 'hidden', timeout: WAIT_MS });
  }

  /** Focuses the editor group on one side of a split, and waits until its editor shows `relPath`. */
  async focusGroup(side: 'Left' | 'Right', relPath: string): Promise<void> {
    await this.command(`View: Focus ${side} Editor Group`);
    await until(`the ${side.toLowerCase()} editor group to show ${relPath}`, async () => ((await this.editor().getAttribute('data-uri', { timeout: 1000 })) ?? '').endsWith('/' + relPath));
  }

  /** Whether the tab of `fileName` in the active editor group shows unsaved changes. */
  async dirty(fileName: string): Promise<boolean> {
    const tab = this.page.locator('.part.editor .editor-group-container.active .tabs-container .tab', { hasText: fileName }).first();
    return ((await tab.getAttribute('class', { timeout: 2000 })) ?? '').split(/\s+/).includes('dirty');
  }

  async focusEditor(): Promise<void> {
    await this.command('View: Focus Active Editor Group');
  }

  /** The cursor position in the status bar ("Ln 5, Col 18"). */
  async cursor(): Promise<{ line: number; column: number } | undefined> {
    const text = (await this.page.locator('.statusbar-item[id*="editor.selection"]').first().textContent({ timeout: 2000 })) ?? '';
    const m = /Ln (\d+), Col (\d+)/.exec(text);
    return m ? { line: Number(m[1]), column: Number(m[2]) } : undefined;
  }

  /** Moves the cursor with Go to Line/Column (Ctrl+G), 1-based, and checks the status bar agrees. */
  async goTo(line: number, column: number): Promise<void> {
    await this.focusEditor();
    await this.page.keyboard.press('Control+G');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: WAIT_MS });
    await input.fill(`:${line}:${column}`);
    await this.page.keyboard.press('Enter');
    await input.waitFor({ state: 'hidden', timeout: WAIT_MS });
    await until(`the cursor at Ln ${line}, Col ${column}`, async () => {
      const c = await this.cursor();
      return c?.line === line && c.column === column;
    }, 10_000);
  }

  /**
   * Moves the cursor just after (or to the start of) the first occurrence of `needle` in the
   * document: the text on screen, or `known` (the file as written) for a document taller than the editor.
   */
  async goToText(needle: string, where: 'after' | 'start' = 'after', known?: string): Promise<void> {
    const lines = known !== undefined ? known.split('\n') : await this.lines();
    const i = lines.findIndex((l) => l.includes(needle));
    if (i < 0) throw new Error(`the document has no ${JSON.stringify(needle)}`);
    const col = lines[i].indexOf(needle) + (where === 'after' ? needle.length : 0);
    await this.goTo(i + 1, col + 1);
  }

  /** Changes a setting in the Settings editor (User tab), as a person does, and closes it once `saved()`. */
  async setSetting(id: string, value: string, saved: () => boolean): Promise<void> {
    await this.command('Preferences: Open Settings (UI)');
    const settings = this.page.locator('.settings-editor');
    await settings.waitFor({ state: 'visible', timeout: WAIT_MS });
    await settings.locator('.search-container').click();
    await this.page.keyboard.press('Control+A');
    await this.page.keyboard.type(id);
    const select = settings.locator(`select[aria-label="${id}"]`);
    await select.waitFor({ state: 'visible', timeout: WAIT_MS });
    await select.selectOption(value);
    await until(`the Settings editor to show ${id} = ${value}`, async () => (await select.evaluate((e) => String(e.value))) === value, 10_000);
    // The Settings editor writes the value a moment later; closing it before then loses the change.
    await until(`${id} = ${value} saved in the user settings`, async () => saved(), 10_000);
    await this.page.keyboard.press('Escape');
    await settings.waitFor({ state: 'hidden', timeout: WAIT_MS });
  }

  /** The lines of the document as the editor shows them (the whole document must fit on screen). */
  async lines(): Promise<string[]> {
    const editor = this.editor();
    const rows = await editor.locator('.view-lines .view-line').evaluateAll((els) =>
      els.map((e) => ({ top: parseFloat(String(e.style.top || '0')), text: String(e.textContent ?? '').replace(/\u00a0/g, ' ') })),
    );
    rows.sort((a, b) => a.top - b.top);
    const height = await editor.evaluate((e) => Number(e.clientHeight));
    const lineHeight = rows.length > 1 ? rows[1].top - rows[0].top : 19;
    if (rows.length && rows[rows.length - 1].top + 2 * lineHeight > height) throw new Error('the document is taller than the editor: cannot read all of it on screen');
    if (rows.length && rows[0].top > 0) throw new Error('the editor is scrolled: the first line is not on screen');
    return rows.map((r) => r.text);
  }

  async text(): Promise<string> {
    return (await this.lines()).join('\n');
  }

  /** How many squiggles of a severity the editor shows. */
  async squiggles(kind: 'error' | 'warning' | 'info' | 'any' = 'any'): Promise<number> {
    const sel = kind === 'any' ? '.squiggly-error, .squiggly-warning, .squiggly-info' : `.squiggly-${kind}`;
    return this.editor().locator(sel).count();
  }

  /** The text under the squiggles of one severity (by their on-screen position over the characters). */
  async underlined(kind: 'error' | 'warning' | 'info'): Promise<string[]> {
    // Runs in the page; the element types come from playwright-core (this project compiles without DOM types).
    return this.editor().evaluate((ed, k) => {
      const out: string[] = [];
      const doc = ed.ownerDocument;
      const SHOW_TEXT = 4; // NodeFilter.SHOW_TEXT
      const squiggles: Array<typeof ed> = Array.from(ed.querySelectorAll(`.squiggly-${k}`));
      const lines: Array<typeof ed> = Array.from(ed.querySelectorAll('.view-lines .view-line'));
      for (const s of squiggles) {
        const r = s.getBoundingClientRect();
        const mid = r.top + r.height / 2;
        const line = lines.find((l) => {
          const lr = l.getBoundingClientRect();
          return mid >= lr.top && mid <= lr.bottom;
        });
        if (!line) continue;
        // The characters whose horizontal centre lies under the squiggle.
        let text = '';
        const walker = doc.createTreeWalker(line, SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const t = String(n.textContent ?? '');
          for (let i = 0; i < t.length; i++) {
            const range = doc.createRange();
            range.setStart(n, i);
            range.setEnd(n, i + 1);
            const cr = range.getBoundingClientRect();
            const x = cr.left + cr.width / 2;
            if (x >= r.left && x <= r.right) text += t[i];
          }
        }
        out.push(text.replace(/\u00a0/g, ' '));
      }
      return out;
    }, kind);
  }

  /** Opens the Problems panel when needed and reads its rows (source `ecs-taskdef` rows only unless `all`). */
  async problems(all = false): Promise<Problem[]> {
    const panel = this.page.locator('.markers-panel');
    if (!(await panel.isVisible())) {
      await this.command('View: Focus Problems (Errors, Warnings, Infos)');
      await panel.waitFor({ state: 'visible', timeout: WAIT_MS });
    }
    const labels = await panel.locator('.monaco-list-row').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
    const texts = await panel.locator('.monaco-list-row').evaluateAll((els) => els.map((e) => (e.textContent ?? '').replace(/\u00a0/g, ' ')));
    const out: Problem[] = [];
    let file = '';
    labels.forEach((label, i) => {
      // A file row: "2 problems in file service-definition.json of folder pair"
      const f = /^\d+ problems? in file (.+) of folder /.exec(label);
      if (f) file = f[1];
      // "Error: <message> at line 5 and character 18. generated by ecs-taskdef", with " This problem has
      // references to 1 locations." before "generated" when it has related information.
      const m = /^(Error|Warning|Info|Hint): ([\s\S]*) at line (\d+) and character (\d+)\.(?: This problem has references to (\d+) locations?\.)? generated by (.+)$/.exec(label);
      if (!m) return;
      const code = /\(?([A-Z]+\d+)\)?\s*\[Ln \d+, Col \d+\]\s*$/.exec(texts[i])?.[1] ?? '';
      const p: Problem = { severity: m[1], message: m[2], line: Number(m[3]), column: Number(m[4]), source: m[6], code, file, related: Number(m[5] ?? 0) };
      if (all || p.source === 'ecs-taskdef') out.push(p);
    });
    return out;
  }

  /** Ctrl+Space at the cursor; the labels of the suggest widget's rows once it shows some. */
  async suggest(): Promise<string[]> {
    await this.page.keyboard.press('Control+Space');
    const rows = this.page.locator('.suggest-widget.visible .monaco-list-row');
    await until('the suggest widget to list something', async () => (await rows.count()) > 0, 15_000);
    return rows.evaluateAll((els) => els.map((e) => (e.querySelector('.label-name')?.textContent ?? '').replace(/\u00a0/g, ' ')));
  }

  /** Every tab of every editor group: its title and whether it shows unsaved changes. */
  async tabs(): Promise<Array<{ title: string; dirty: boolean }>> {
    return this.page.locator('.part.editor .tabs-container .tab').evaluateAll((els) => els.map((e) => ({
      title: (e.querySelector('.monaco-icon-label-container')?.textContent ?? e.textContent ?? '').replace(/\u00a0/g, ' ').trim(),
      dirty: (e.getAttribute('class') ?? '').split(/\s+/).includes('dirty'),
    })));
  }

  /** How many editor groups (columns) the editor area has. */
  async groupCount(): Promise<number> {
    return this.page.locator('.part.editor .editor-group-container').count();
  }

  /** The texts of the webviews (a Markdown preview, say) whose text includes `needle`. */
  async webviewTexts(needle: string): Promise<string[]> {
    const out: string[] = [];
    for (const f of this.page.frames()) {
      if (f === this.page.mainFrame() || f.isDetached()) continue;
      const t = await f.locator('body').innerText({ timeout: 1000 }).catch(() => '');
      if (t.includes(needle)) out.push(t.replace(/\u00a0/g, ' '));
    }
    return out;
  }

  /** The text of a webview whose text includes `needle`, or ''. */
  async webviewText(needle: string): Promise<string> {
    return (await this.webviewTexts(needle))[0] ?? '';
  }

  /** The lines of the active editor that are on screen (no check that the whole document fits). */
  async visibleText(): Promise<string> {
    const rows = await this.editor().locator('.view-lines .view-line').evaluateAll((els) =>
      els.map((e) => ({ top: parseFloat(String(e.style.top || '0')), text: String(e.textContent ?? '').replace(/\u00a0/g, ' ') })),
    );
    return rows.sort((a, b) => a.top - b.top).map((r) => r.text).join('\n');
  }

  /** The label of the focused row of the open suggest widget ('' when it is closed). */
  async focusedSuggestion(): Promise<string> {
    const labels = await this.page.locator('.suggest-widget.visible .monaco-list-row.focused').evaluateAll((els) => els.map((e) => (e.querySelector('.label-name')?.textContent ?? '').replace(/\u00a0/g, ' ')));
    return labels[0] ?? '';
  }

  /**
   * With the suggest widget open (by typing or Ctrl+Space): waits until `label` is listed, moves the
   * focus to it with the arrow keys, as a person does, and accepts it with Enter.
   */
  async acceptSuggestion(label: string): Promise<void> {
    const rows = this.page.locator('.suggest-widget.visible .monaco-list-row');
    const labels = async (): Promise<string[]> => rows.evaluateAll((els) => els.map((e) => (e.querySelector('.label-name')?.textContent ?? '').replace(/\u00a0/g, ' ')));
    await until(`"${label}" in the suggest widget`, async () => (await labels()).includes(label), 15_000);
    for (let i = 0; i < 60 && (await this.focusedSuggestion()) !== label; i++) await this.page.keyboard.press('ArrowDown');
    if ((await this.focusedSuggestion()) !== label) throw new Error(`could not focus "${label}" in the suggest widget: ${JSON.stringify(await labels())}`);
    await this.page.keyboard.press('Enter');
    await this.page.locator('.suggest-widget.visible').waitFor({ state: 'hidden', timeout: WAIT_MS }).catch(() => undefined);
  }

  /**
   * Ctrl+Space where nothing of ours may be suggested: every row label the widget showed during
   * `settleMs` (none when it stays hidden or says "No suggestions.").
   */
  async suggestRows(settleMs = 2500): Promise<string[]> {
    await this.page.keyboard.press('Control+Space');
    const end = Date.now() + settleMs;
    let seen: string[] = [];
    while (Date.now() < end) {
      const now = await this.page.locator('.suggest-widget.visible .monaco-list-row').evaluateAll((els) => els.map((e) => (e.querySelector('.label-name')?.textContent ?? '').replace(/\u00a0/g, ' ')));
      if (now.length) seen = [...new Set([...seen, ...now])];
      await new Promise((r) => setTimeout(r, 150));
    }
    return seen;
  }

  async escape(): Promise<void> {
    await this.page.keyboard.press('Escape');
  }

  /** Hovers the mouse over the first token showing `text` and returns the hover widget's text. */
  async hover(text: string, accept: (hover: string) => boolean = () => true, timeoutMs = WAIT_MS): Promise<string> {
    const token = this.editor().locator('.view-lines .view-line span span', { hasText: text }).first();
    let last = '';
    return until(`a hover on ${text}`, async () => {
      // Leave and come back: a fresh hover request each time.
      await this.page.mouse.move(2, 2);
      await this.page.locator('.monaco-hover:not(.hidden)').first().waitFor({ state: 'hidden', timeout: 3000 }).catch(() => undefined);
      await token.hover();
      const widget = this.page.locator('.monaco-hover:not(.hidden) .hover-contents').first();
      await widget.waitFor({ state: 'visible', timeout: 5000 });
      // The hover fills in as providers answer.
      await new Promise((r) => setTimeout(r, 300));
      last = ((await this.page.locator('.monaco-hover:not(.hidden)').first().textContent()) ?? '').replace(/\u00a0/g, ' ');
      return accept(last) ? last : undefined;
    }, timeoutMs, 500).catch((e: unknown) => {
      throw new Error(`${e instanceof Error ? e.message : String(e)}; last hover text: ${JSON.stringify(last.slice(0, 300))}`);
    });
  }

  /**
   * The hover on `text`, or undefined when no hover widget appears within `timeoutMs`. Unlike a
   * `.catch` around `hover`, anything else (the text is not on screen, the page is gone) throws.
   */
  async hoverIfShown(text: string, timeoutMs: number): Promise<string | undefined> {
    const token = this.editor().locator('.view-lines .view-line span span', { hasText: text }).first();
    await token.waitFor({ state: 'visible', timeout: WAIT_MS });
    await this.page.mouse.move(2, 2);
    await this.page.locator('.monaco-hover:not(.hidden)').first().waitFor({ state: 'hidden', timeout: 3000 }).catch(() => undefined);
    await token.hover();
    const shown = await this.page.locator('.monaco-hover:not(.hidden) .hover-contents').first().waitFor({ state: 'visible', timeout: timeoutMs }).then(() => true, () => false);
    if (!shown) return undefined;
    await new Promise((r) => setTimeout(r, 300));
    return ((await this.page.locator('.monaco-hover:not(.hidden)').first().textContent()) ?? '').replace(/\u00a0/g, ' ');
  }

  /** Ctrl+. at the cursor: the titles in the quick fix menu. */
  async quickFixMenu(): Promise<string[]> {
    const rows = this.page.locator('.action-widget .monaco-list-row.action');
    // Pressed while the editor is still taking focus back (or while the fixes are computed), the
    // shortcut can show nothing: press it again, as a person would.
    await until('the quick fix menu', async () => {
      await this.page.keyboard.press('Control+.');
      const shown = await rows.first().waitFor({ state: 'visible', timeout: 3000 }).then(() => true, () => false);
      if (!shown) await this.escape();
      return shown;
    }, 20_000, 200);
    return rows.evaluateAll((els) => els.map((e) => (e.textContent ?? '').replace(/\u00a0/g, ' ').trim()));
  }

  /** Clicks the quick fix menu entry whose title matches. */
  async chooseAction(title: RegExp): Promise<void> {
    const rows = this.page.locator('.action-widget .monaco-list-row.action');
    const n = await rows.count();
    for (let i = 0; i < n; i++) {
      const t = (await rows.nth(i).textContent()) ?? '';
      if (title.test(t.replace(/\u00a0/g, ' '))) {
        await rows.nth(i).click();
        await this.page.locator('.action-widget .monaco-list-row').first().waitFor({ state: 'hidden', timeout: WAIT_MS });
        return;
      }
    }
    throw new Error(`no quick fix matching ${title}`);
  }

  /** Writes with the keyboard, as a person types. */
  async type(text: string): Promise<void> {
    await this.page.keyboard.type(text, { delay: 15 });
  }

  /** A screenshot of the whole window. */
  async screenshot(file: string): Promise<void> {
    await this.page.screenshot({ path: file });
  }

  /**
   * A screenshot of the editor area, cut below the last line of text or the lowest open widget
   * (hover, suggestions, quick fix menu), whichever is lower: the pictures of the README.
   */
  async screenshotEditor(file: string): Promise<void> {
    const part = await this.page.locator('.part.editor').boundingBox();
    if (!part) throw new Error('no editor area on screen');
    let bottom = part.y + 120;
    for (const sel of ['.part.editor .view-lines .view-line', '.monaco-hover:not(.hidden)', '.suggest-widget.visible', '.suggest-details-container', '.action-widget']) {
      for (const b of await this.page.locator(sel).evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).filter((r) => r.width > 0 && r.height > 0).map((r) => Number(r.bottom)))) {
        bottom = Math.max(bottom, b);
      }
    }
    const height = Math.min(part.height, bottom + 24 - part.y);
    await this.page.screenshot({ path: file, clip: { x: part.x, y: part.y, width: part.width, height } });
  }
}
