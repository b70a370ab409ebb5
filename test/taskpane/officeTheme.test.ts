/** @jest-environment jsdom */
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { applyPageTheme, fluentThemeFor, isDarkOfficeTheme } from "../../src/taskpane/officeTheme";

describe("Office theme", () => {
  it("uses the light theme outside Office or without colours", () => {
    expect(fluentThemeFor(undefined)).toBe(webLightTheme);
    expect(isDarkOfficeTheme({})).toBe(false);
  });

  it("follows isDarkTheme when the host gives it", () => {
    expect(fluentThemeFor({ isDarkTheme: true, bodyBackgroundColor: "#FFFFFF" })).toBe(webDarkTheme);
    expect(fluentThemeFor({ isDarkTheme: false, bodyBackgroundColor: "#000000" })).toBe(webLightTheme);
  });

  it("otherwise judges the body background: Black and Dark Gray are dark, Colorful and White are light", () => {
    expect(isDarkOfficeTheme({ bodyBackgroundColor: "#262626" })).toBe(true);
    expect(isDarkOfficeTheme({ bodyBackgroundColor: "#000000" })).toBe(true);
    expect(isDarkOfficeTheme({ bodyBackgroundColor: "#666666" })).toBe(true);
    expect(isDarkOfficeTheme({ bodyBackgroundColor: "#C6C6C6" })).toBe(false);
    expect(isDarkOfficeTheme({ bodyBackgroundColor: "#E6E6E6" })).toBe(false);
    expect(isDarkOfficeTheme({ bodyBackgroundColor: "#FFFFFF" })).toBe(false);
    expect(isDarkOfficeTheme({ bodyBackgroundColor: "not a colour" })).toBe(false);
  });
});

describe("dark theme reaches the whole page (issue 12, item 7)", () => {
  it("without an Office theme follows the browser's colour scheme", () => {
    expect(fluentThemeFor(undefined, true)).toBe(webDarkTheme);
    expect(fluentThemeFor({}, true)).toBe(webDarkTheme);
    expect(fluentThemeFor({ isDarkTheme: false }, true)).toBe(webLightTheme);
  });

  it("paints the page behind the app and makes native controls (date picker, file button) dark", () => {
    const page = document.implementation.createHTMLDocument("pane");
    applyPageTheme(page, webDarkTheme, true);
    expect(page.documentElement.style.colorScheme).toBe("dark");
    const bodyBackground = page.body.style.backgroundColor;
    const probe = page.createElement("div");
    probe.style.backgroundColor = webDarkTheme.colorNeutralBackground1;
    expect(bodyBackground).toBe(probe.style.backgroundColor);
    expect(page.documentElement.style.backgroundColor).toBe(probe.style.backgroundColor);
  });
});
