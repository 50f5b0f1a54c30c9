package org.epizero.selfplay.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.epizero.engine.nn.NativeThreads;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code epizero} command: one program with a subcommand per job, run through
 * {@code scripts/epizero}. Bad input gets one clear error line and a non-zero exit status, never
 * a stack trace (set {@code EPIZERO_DEBUG=1} to see one).
 */
@Command(
        name = "epizero",
        mixinStandardHelpOptions = true,
        // Every command, nested ones included, answers --help and --version.
        scope = CommandLine.ScopeType.INHERIT,
        version = "EpiZero 0.1.0",
        description = "AlphaZero-style self-play and the epiplexity of what it creates.",
        subcommands = {
            CommandLine.HelpCommand.class,
            QuickstartCommand.class,
            GamesCommand.class,
            PerftCommand.class,
            RandomGamesCommand.class,
            TrainCommand.class,
            PlotCommand.class,
            EvaluateCommand.class,
            EloCommand.class,
            EpiplexityCommand.class,
            EpiplexitySweepCommand.class,
            CalibrateCommand.class,
            SolveCommand.class,
            PlayCommand.class,
            GtpCommand.class,
            ExportSgfCommand.class,
            ExportMovesCommand.class,
            BenchCommand.class,
        })
public final class EpiZeroCli {

    /** Exit status for a job that failed on its input (bad spec, unreadable file, ...). */
    static final int EXIT_FAILURE = 1;

    public static void main(String[] args) {
        stayOffline();
        try {
            NativeThreads.chooseAtStartUp();
        } catch (IllegalArgumentException e) {
            System.err.println("epizero: " + e.getMessage());
            System.exit(EXIT_FAILURE);
        }
        System.exit(commandLine().execute(args));
    }

    /**
     * DJL offline and without telemetry wherever the program starts, the launcher or not (a
     * {@code spark-submit} driver, {@code java -jar}), set before its engine class loads, unless
     * a {@code -D} option already says otherwise.
     */
    private static void stayOffline() {
        for (String property : new String[] {"ai.djl.offline", "OPT_OUT_TRACKING"}) {
            if (System.getProperty(property) == null) {
                System.setProperty(property, "true");
            }
        }
    }

    /** The configured command line (also used by tests to run commands in-process). */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new EpiZeroCli());
        cli.setExecutionExceptionHandler(EpiZeroCli::reportFailure);
        cli.setParameterExceptionHandler(EpiZeroCli::reportBadArguments);
        cli.setExecutionStrategy(EpiZeroCli::refuseUnmatchedThenRun);
        return cli;
    }

    /**
     * Runs the last command given, as picocli does, but first refuses words that match nothing
     * even when help was asked for: picocli tolerates them then, so {@code epizero nosuchcommand
     * --help} would print the top-level help and succeed.
     */
    private static int refuseUnmatchedThenRun(CommandLine.ParseResult parsed) {
        for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (!p.unmatched().isEmpty()) {
                throw new CommandLine.UnmatchedArgumentException(p.commandSpec().commandLine(), p.unmatched());
            }
        }
        return new CommandLine.RunLast().execute(parsed);
    }

    private static int reportBadArguments(CommandLine.ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println(cmd.getColorScheme().errorText(fullName(cmd) + ": " + e.getMessage()));
        err.println("Try '" + fullName(cmd) + " --help' for usage.");
        err.flush();
        return cmd.getCommandSpec().exitCodeOnInvalidInput();
    }

    /** The command as typed, e.g. {@code epizero bench games}. */
    private static String fullName(CommandLine cmd) {
        return cmd.getParent() == null ? cmd.getCommandName() : fullName(cmd.getParent()) + " " + cmd.getCommandName();
    }

    private static int reportFailure(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        if (System.getenv("EPIZERO_DEBUG") != null) {
            e.printStackTrace(err);
        }
        Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
        String kind = cause instanceof IOException ? "I/O error: " : "";
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        if (cause instanceof FileSystemException f) {
            message = f.getFile() + ": " + (f.getReason() != null ? f.getReason() : describe(f));
        }
        if (cause instanceof JsonProcessingException j) {
            // Jackson's own message carries a "[Source: REDACTED ...]" trailer; the reason alone reads better.
            kind = "";
            message = "not valid JSON: " + j.getOriginalMessage().lines().findFirst().orElse("");
        }
        if (e instanceof UncheckedIOException u && u.getMessage() != null && !u.getMessage().equals(cause.toString())) {
            message = u.getMessage() + ": " + message; // the context the wrapper adds ("cannot read checkpoint ... in DIR")
        }
        if (!(cause instanceof IllegalArgumentException || cause instanceof IOException || cause instanceof IllegalStateException)) {
            message = cause.getClass().getSimpleName() + ": " + message + " (set EPIZERO_DEBUG=1 for the stack trace)";
        }
        err.println(cmd.getColorScheme().errorText(fullName(cmd) + ": " + kind + message));
        err.flush();
        return EXIT_FAILURE;
    }

    private static String describe(FileSystemException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "already exists";
        }
        return e.getClass().getSimpleName();
    }
}
