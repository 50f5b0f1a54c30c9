package org.epizero.selfplay.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** One in-process run of the command line: its exit status and what it printed on stdout and stderr. */
record CliRun(int exit, String out, String err) {

    /** Runs {@code args} on a fresh command line. */
    static CliRun of(String... args) {
        return of(EpiZeroCli.commandLine(), args);
    }

    /** Runs {@code args} on a command line a test has prepared (for example with scripted input). */
    static CliRun of(CommandLine cli, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new CliRun(exit, out.toString(), err.toString());
    }
}
