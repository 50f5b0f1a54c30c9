package org.epizero.games.go.gtp;

/** A GTP engine answered a command with a failure response ({@code ? message}). */
public final class GtpException extends RuntimeException {

    private final String command;
    private final String reply;

    public GtpException(String command, String reply) {
        super("GTP command '" + command + "' failed: " + reply);
        this.command = command;
        this.reply = reply;
    }

    /** The command that failed. */
    public String command() {
        return command;
    }

    /** The engine's error message. */
    public String reply() {
        return reply;
    }
}
