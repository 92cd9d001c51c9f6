package org.attain.cli;

import java.io.PrintStream;

/** Where a command writes its result (out) and its errors (err). */
record Console(PrintStream out, PrintStream err) {
}
