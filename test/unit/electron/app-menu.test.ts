import { beforeEach, describe, expect, it, vi } from 'vitest';

const setApplicationMenu = vi.fn();
vi.mock('electron', () => ({
  Menu: { setApplicationMenu, buildFromTemplate: (template: unknown) => ({ template }) },
}));

const { applyAppMenu, packagedMenuTemplate } = await import('../../../src-main/electron/app-menu.ts');

function roles(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(roles);
  if (typeof value !== 'object' || value === null) return [];
  const item = value as { role?: string; submenu?: unknown };
  return [...(item.role ? [item.role] : []), ...roles(item.submenu)];
}

describe('the application menu', () => {
  beforeEach(() => setApplicationMenu.mockClear());

  it('keeps Electron default menu (with DevTools) in unpackaged runs', () => {
    applyAppMenu(false, 'linux');
    expect(setApplicationMenu).not.toHaveBeenCalled();
  });

  it.each(['darwin', 'win32', 'linux'] as const)('has no DevTools, reload or view role when packaged on %s', (os) => {
    applyAppMenu(true, os);
    expect(setApplicationMenu).toHaveBeenCalledTimes(1);
    const set = roles(setApplicationMenu.mock.calls[0]![0].template).map((role) => role.toLowerCase());
    expect(set).toEqual(expect.arrayContaining(['editmenu', 'windowmenu', 'zoomin', 'togglefullscreen']));
    for (const forbidden of ['toggledevtools', 'viewmenu', 'reload', 'forcereload'])
      expect(set).not.toContain(forbidden);
  });

  it('has the app menu on macOS and the file menu elsewhere', () => {
    expect(roles(packagedMenuTemplate('darwin'))).toContain('appMenu');
    expect(roles(packagedMenuTemplate('win32'))).toContain('fileMenu');
  });
});

describe('Settings… in the application menu', () => {
  function items(value: unknown): { label?: string; accelerator?: string; click?: () => void }[] {
    if (Array.isArray(value)) return value.flatMap(items);
    if (typeof value !== 'object' || value === null) return [];
    const item = value as { label?: string; submenu?: unknown };
    return [item, ...items(item.submenu)];
  }

  it.each(['darwin', 'win32', 'linux'] as const)(
    'is in the first menu on %s, with Ctrl/Cmd+, and opens Settings',
    (os) => {
      const openSettings = vi.fn();
      const template = packagedMenuTemplate(os, { openSettings });
      const settings = items(template[0]).find((item) => item.label === 'Settings…');
      expect(settings?.accelerator).toBe('CmdOrCtrl+,');
      settings?.click?.();
      expect(openSettings).toHaveBeenCalledTimes(1);
      expect(roles(template[0])).toContain('quit');
    },
  );
});
