import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { fluentThemeFor, isDarkOfficeTheme } from "../../src/taskpane/officeTheme";

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
