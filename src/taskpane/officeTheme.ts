/**
 * Follows Excel's Office theme: a dark Office theme gets Fluent's dark theme. Outside Office (the
 * browser harness) the browser's colour scheme decides. The page around the app follows too, so
 * no white shows below the content and native controls (date picker, file button) turn dark.
 */
import type { Theme } from "@fluentui/react-components";
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";

/** The part of Office.OfficeTheme used here (`isDarkTheme` exists only in newer hosts). */
export interface OfficeThemeColors {
  readonly bodyBackgroundColor?: string;
  readonly isDarkTheme?: boolean;
}

/** Relative luminance (0 black … 1 white) of `#RRGGBB`; null for anything else. */
function luminance(color: string): number | null {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color.trim());
  if (m === null) return null;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => {
    const c = parseInt(h ?? "0", 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Without an Office theme, `prefersDark` (the browser's colour scheme) decides. */
export function isDarkOfficeTheme(theme: OfficeThemeColors | undefined, prefersDark = false): boolean {
  if (theme === undefined) return prefersDark;
  if (typeof theme.isDarkTheme === "boolean") return theme.isDarkTheme;
  const lum = theme.bodyBackgroundColor === undefined ? null : luminance(theme.bodyBackgroundColor);
  return lum === null ? prefersDark : lum < 0.2;
}

export function fluentThemeFor(theme: OfficeThemeColors | undefined, prefersDark = false): Theme {
  return isDarkOfficeTheme(theme, prefersDark) ? webDarkTheme : webLightTheme;
}

/** Paints the page behind the app in the theme's background and sets the native controls' scheme. */
export function applyPageTheme(document: Document, theme: Theme, dark: boolean): void {
  const root = document.documentElement;
  root.style.colorScheme = dark ? "dark" : "light";
  root.style.backgroundColor = theme.colorNeutralBackground1;
  document.body.style.backgroundColor = theme.colorNeutralBackground1;
  document.body.style.color = theme.colorNeutralForeground1;
}
