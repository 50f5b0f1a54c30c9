package org.epizero.selfplay.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/**
 * One in-process run of the command line: its exit status and what it printed on stdout and
 * stderr; or the command that runs it in a process of its own, for tests that kill it.
 */
public record CliRun(int exit, String out, String err) {

    /** The command line of a separate JVM that runs {@code args} on this test's class path. */
    public static List<String> processCommand(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Dai.djl.offline=true",
                "-Dai.djl.pytorch.num_interop_threads=1", EpiZeroCli.class.getName()));
        command.addAll(List.of(args));
        return command;
    }

    /** Runs {@code args} on a fresh command line. */
    public static CliRun of(String... args) {
        return of(EpiZeroCli.commandLine(), args);
    }

    /** Runs {@code args} on a command line a test has prepared (for example with scripted input). */
    public static CliRun of(CommandLine cli, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new CliRun(exit, out.toString(), err.toString());
    }
}
