// `npm run build` without ADDIN_BASE_URL: one line with the example command, no stack trace;
// `npm run build -- --env dev` builds for https://localhost:3000/ without it.
import { spawnSync } from "child_process";
import path from "path";

const ROOT = path.resolve(__dirname, "..", "..");

interface CopyPattern {
  readonly from: string;
  readonly transform?: unknown;
}

type ConfigFactory = (
  env: Record<string, unknown>,
  argv: Record<string, unknown>,
) => Promise<{ output: { path: string }; plugins: { patterns?: CopyPattern[] }[] }>;

describe("npm run build", () => {
  it("without ADDIN_BASE_URL stops with one line naming the example command, and no stack trace", () => {
    const env = { ...process.env };
    delete env["ADDIN_BASE_URL"];
    const run = spawnSync(
      process.execPath,
      [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production"],
      {
        cwd: ROOT,
        env,
        encoding: "utf8",
        timeout: 60_000,
      },
    );
    expect(run.status).toBe(1);
    const lines = run.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain("ADDIN_BASE_URL=https://addins.example.org/pmo-pulse/ npm run build");
    expect(lines[0]).toContain("npm run build -- --env dev");
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(run.stdout).not.toMatch(/^\s+at /m);
  }, 60_000);

  it("with --env dev builds for https://localhost:3000/ and keeps the manifest's development URLs", async () => {
    const saved = process.env["ADDIN_BASE_URL"];
    delete process.env["ADDIN_BASE_URL"];
    try {
      const factory = jest.requireActual<ConfigFactory>("../../webpack.config.js");
      const config = await factory({ dev: true }, { mode: "production" });
      expect(config.output.path).toBe(path.join(ROOT, "dist", "addin"));
      const patterns = config.plugins.flatMap((p) => p.patterns ?? []);
      const manifest = patterns.find((p) => p.from === "manifest.xml");
      expect(manifest).toEqual({ from: "manifest.xml" });
    } finally {
      if (saved !== undefined) process.env["ADDIN_BASE_URL"] = saved;
    }
  });
});
