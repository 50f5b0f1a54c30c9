package org.epizero.games.go.gtp;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Talks the Go Text Protocol (GTP 2) to an external engine run as a child process, one command
 * at a time over its standard input and output. The engine's standard error is discarded.
 * Not thread-safe: one conversation, one caller.
 */
public final class GtpClient implements AutoCloseable {

    private final Process process;
    private final BufferedWriter in;
    private final BufferedReader out;

    private GtpClient(Process process) {
        this.process = process;
        this.in = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.US_ASCII));
        this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.US_ASCII));
    }

    /**
     * Starts an engine, e.g. {@code List.of("gnugo", "--mode", "gtp")}.
     *
     * @throws IOException if the program cannot be started
     */
    public static GtpClient start(List<String> commandLine) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(commandLine).redirectError(ProcessBuilder.Redirect.DISCARD);
        return new GtpClient(builder.start());
    }

    /**
     * Sends one command and returns the text of the success response (without the leading
     * {@code "= "}; lines joined by newlines; empty for a bare acknowledgement).
     *
     * @throws GtpException if the engine answers with a failure response
     * @throws UncheckedIOException if the engine is gone or the stream breaks
     */
    public String send(String command) {
        if (command.indexOf('\n') >= 0 || command.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("a GTP command is one line: '" + command + "'");
        }
        try {
            in.write(command);
            in.write('\n');
            in.flush();
            return readResponse(command);
        } catch (IOException e) {
            throw new UncheckedIOException("GTP engine stopped answering at '" + command + "'", e);
        }
    }

    /** Sends {@code quit} if the engine still runs, then waits briefly and ends the process. */
    @Override
    public void close() {
        try {
            if (process.isAlive()) {
                send("quit");
            }
        } catch (RuntimeException ignored) {
            // The engine may close its streams as it quits; it is ended below either way.
        }
        try {
            if (!process.waitFor(2, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private String readResponse(String command) throws IOException {
        String first = nextNonEmptyLine();
        if (first == null) {
            throw new IOException("end of stream");
        }
        char status = first.charAt(0);
        if (status != '=' && status != '?') {
            throw new IOException("not a GTP response: '" + first + "'");
        }
        StringBuilder text = new StringBuilder(stripStatus(first));
        for (String line = out.readLine(); line != null && !stripCr(line).isEmpty(); line = out.readLine()) {
            text.append('\n').append(stripCr(line));
        }
        if (status == '?') {
            throw new GtpException(command, text.toString());
        }
        return text.toString();
    }

    private String nextNonEmptyLine() throws IOException {
        String line;
        do {
            line = out.readLine();
        } while (line != null && stripCr(line).isEmpty());
        return line == null ? null : stripCr(line);
    }

    /** Drops the status character and an optional command id. */
    private static String stripStatus(String line) {
        int i = 1;
        while (i < line.length() && Character.isDigit(line.charAt(i))) {
            i++;
        }
        return line.substring(i).strip();
    }

    private static String stripCr(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }
}
