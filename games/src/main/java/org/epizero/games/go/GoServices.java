package org.epizero.games.go;

import java.util.List;
import org.epizero.engine.services.EngineProtocol;
import org.epizero.engine.services.GameServices;
import org.epizero.engine.services.RecordExporter;
import org.epizero.engine.services.ReferencePlayer;
import org.epizero.games.go.gtp.GnuGoPlayer;
import org.epizero.games.go.gtp.GtpProtocol;
import org.epizero.games.go.sgf.SgfExporter;

/** What Go offers beyond its rules: GNU Go as an opponent, SGF records, and GTP for outside programs. */
record GoServices(Go go) implements GameServices {

    @Override
    public List<ReferencePlayer> referencePlayers() {
        return List.of(GnuGoPlayer.reference(go));
    }

    @Override
    public List<RecordExporter> recordExporters() {
        return List.of(new SgfExporter());
    }

    @Override
    public List<EngineProtocol> engineProtocols() {
        return List.of(new GtpProtocol(go));
    }
}
