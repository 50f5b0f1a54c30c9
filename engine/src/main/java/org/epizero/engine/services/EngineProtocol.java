package org.epizero.engine.services;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import org.epizero.engine.play.Player;

/** A text protocol through which outside programs (GUIs, match runners) play against a player, e.g. GTP. */
public interface EngineProtocol {

    /** The protocol's usual short name, e.g. {@code gtp}. */
    String name();

    /**
     * Answers commands from {@code in} on {@code out} until the protocol's quit or the end of the
     * input, moves chosen by {@code player}.
     *
     * @param engineName what the engine calls itself
     * @param version    the version it reports
     */
    void serve(Player player, String engineName, String version, BufferedReader in, Writer out) throws IOException;
}
