package org.epizero.games.go.gtp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import org.epizero.engine.play.Player;
import org.epizero.engine.services.EngineProtocol;
import org.epizero.games.go.Go;

/** GTP 2 for one Go game: a fresh {@link GtpEngine} per session, at the game's board size. */
public record GtpProtocol(Go go) implements EngineProtocol {

    @Override
    public String name() {
        return "gtp";
    }

    @Override
    public void serve(Player player, String engineName, String version, BufferedReader in, Writer out) throws IOException {
        new GtpEngine(go, player, engineName, version).serve(in, out);
    }
}
