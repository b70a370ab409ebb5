// Browser harness entry: the Excel test double first, then the real task pane entry unchanged.
import "./installFakeExcel";
import "../../../src/taskpane/index";
