// The bench's child process: one read (`--read-child FILE`), one floor (`--floor-child FILE`) or
// one `pmo-pulse build` (`--build-child FILE DIR [PREVIOUS]`), its figures printed as JSON. It loads only what
// that job loads (each job's module is imported when it runs), so the process's peak RSS and its
// start-up are the job's own: a build child loads the CLI bundle, not the reader's sources as well.
import { BUILD_CHILD_FLAG, FLOOR_CHILD_FLAG, READ_CHILD_FLAG } from "./childFlags";

async function child(args: readonly string[]): Promise<void> {
  const [flag, path, outDir, previous] = args;
  if (path === undefined) throw new Error(`${flag ?? "the child"} needs a file path`);
  if (flag === READ_CHILD_FLAG) {
    // The read alone: the parent measures the floor in a fresh process of its own.
    const { timeRead } = await import("./readBench");
    process.stdout.write(JSON.stringify(await timeRead(path)));
  } else if (flag === FLOOR_CHILD_FLAG) {
    const { measureFloorMs } = await import("./floorBench");
    process.stdout.write(JSON.stringify({ floorMs: await measureFloorMs(path) }));
  } else if (flag === BUILD_CHILD_FLAG && outDir !== undefined) {
    const { measureBuild } = await import("./buildBench");
    process.stdout.write(JSON.stringify(await measureBuild(path, outDir, previous)));
  } else {
    throw new Error(
      `usage: child.js ${READ_CHILD_FLAG} FILE | ${FLOOR_CHILD_FLAG} FILE | ${BUILD_CHILD_FLAG} FILE DIR [PREVIOUS]`,
    );
  }
}

child(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
