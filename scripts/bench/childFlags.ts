/** The command-line flag that makes the bench entry point run one read and print its figures as JSON. */
export const READ_CHILD_FLAG = "--read-child";
/** The flag for one floor measurement in a fresh process (prints `{ "floorMs": … }`). */
export const FLOOR_CHILD_FLAG = "--floor-child";
/** The flag for one `pmo-pulse build` in a fresh process (prints its BuildFigures). */
export const BUILD_CHILD_FLAG = "--build-child";
