// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { watchPage, type Watcher } from './watch';

const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
let watcher: Watcher | undefined;
afterEach(() => watcher?.stop());

describe('watching Calendar\'s page', () => {
  it('runs one pass for a burst of DOM changes', async () => {
    const passes: boolean[] = [];
    watcher = watchPage(document, (changed) => passes.push(changed));
    for (let i = 0; i < 50; i++) document.body.append(document.createElement('div'));
    await frame();
    expect(passes).toEqual([false]);
  });

  it('ignores changes to Trellis\'s own nodes', async () => {
    const host = document.createElement('div');
    host.setAttribute('data-trellis', 'panel');
    document.documentElement.append(host);
    const passes: boolean[] = [];
    watcher = watchPage(document, (changed) => passes.push(changed));
    host.style.top = '10px';
    host.append(document.createElement('span'));
    await frame();
    expect(passes).toEqual([]);
  });

  it('ignores the panel being added to and removed from <html>', async () => {
    const passes: boolean[] = [];
    watcher = watchPage(document, (changed) => passes.push(changed));
    const host = document.createElement('div');
    host.setAttribute('data-trellis', 'panel');
    document.documentElement.append(host);
    await frame();
    host.remove();
    await frame();
    expect(passes).toEqual([]);
    document.body.append(document.createElement('div'));
    await frame();
    expect(passes).toEqual([false]);
  });

  it('notices in-page navigation by pushState from the URL alone, before the page changes', async () => {
    // Chromium's Navigation API tells of pushState; happy-dom has none, so a stand-in fires its event
    const navigation = new EventTarget();
    Object.assign(globalThis, { navigation });
    try {
      const passes: boolean[] = [];
      watcher = watchPage(document, (changed) => passes.push(changed));
      history.pushState({}, '', '/calendar/u/0/r/eventedit/abc');
      navigation.dispatchEvent(new Event('currententrychange'));
      await frame();
      expect(passes).toEqual([true]);
      document.body.append(document.createElement('main'));
      await frame();
      expect(passes).toEqual([true, false]);
    } finally {
      delete (globalThis as { navigation?: unknown }).navigation;
    }
  });

  it('never lets a failing pass throw into the page', async () => {
    watcher = watchPage(document, () => {
      throw new Error('selector broke');
    });
    expect(() => watcher!.flush()).not.toThrow();
  });
});
