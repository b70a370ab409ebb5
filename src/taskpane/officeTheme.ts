/** Follows Excel's Office theme: a dark Office theme gets Fluent's dark theme. */
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

/** Outside Office, or when Office gives no theme, the light theme. */
export function isDarkOfficeTheme(theme: OfficeThemeColors | undefined): boolean {
  if (theme === undefined) return false;
  if (typeof theme.isDarkTheme === "boolean") return theme.isDarkTheme;
  const lum = theme.bodyBackgroundColor === undefined ? null : luminance(theme.bodyBackgroundColor);
  return lum !== null && lum < 0.2;
}

export function fluentThemeFor(theme: OfficeThemeColors | undefined): Theme {
  return isDarkOfficeTheme(theme) ? webDarkTheme : webLightTheme;
}
