import { Menu, type MenuItemConstructorOptions } from 'electron';

/** What the menu asks the window to show (the renderer opens its dialog). */
export interface MenuActions {
  openSettings: () => void;
}

/** Settings… under the app menu on macOS (Cmd+,), under File elsewhere (Ctrl+,), where people look for it. */
function firstMenu(platform: NodeJS.Platform, actions: MenuActions | undefined): MenuItemConstructorOptions {
  if (!actions) return platform === 'darwin' ? { role: 'appMenu' } : { role: 'fileMenu' };
  const settings: MenuItemConstructorOptions = {
    label: 'Settings…',
    accelerator: 'CmdOrCtrl+,',
    click: () => actions.openSettings(),
  };
  if (platform === 'darwin') {
    return {
      role: 'appMenu',
      submenu: [
        { role: 'about' },
        { type: 'separator' },
        settings,
        { type: 'separator' },
        { role: 'hide' },
        { role: 'hideOthers' },
        { role: 'unhide' },
        { type: 'separator' },
        { role: 'quit' },
      ],
    };
  }
  return { role: 'fileMenu', submenu: [settings, { type: 'separator' }, { role: 'quit' }] };
}

/**
 * Packaged builds get a small menu of their own: Electron's default one has Toggle Developer Tools and Reload.
 * Unpackaged runs keep the default menu, DevTools included.
 */
export function packagedMenuTemplate(platform: NodeJS.Platform, actions?: MenuActions): MenuItemConstructorOptions[] {
  return [
    firstMenu(platform, actions),
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
  ];
}

export function applyAppMenu(
  isPackaged: boolean,
  platform: NodeJS.Platform = process.platform,
  actions?: MenuActions,
): void {
  if (!isPackaged) return;
  Menu.setApplicationMenu(Menu.buildFromTemplate(packagedMenuTemplate(platform, actions)));
}
