package org.epizero.selfplay.cli;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Predicate;
import org.epizero.engine.game.Game;
import org.epizero.engine.game.GameFactory;
import org.epizero.engine.game.GameRegistry;
import org.epizero.engine.services.GameServices;
import org.epizero.engine.services.ReferencePlayer;
import org.epizero.selfplay.arena.ReferencePlayers;

/**
 * What the registered games declare, each game at its default parameters: for help texts and for
 * error messages that say which games offer a service.
 */
final class DeclaredServices {

    private DeclaredServices() {
    }

    /** The names of the registered games whose services pass {@code offers}. */
    static List<String> gamesWith(Predicate<GameServices> offers) {
        GameRegistry registry = GameRegistry.load();
        return registry.factories().stream().map(GameFactory::name).filter(n -> offers.test(registry.create(n).services())).toList();
    }

    /** The reference players for help texts: the built-in ones, then each game's own as {@code usage (game)}. */
    static final class ReferencePlayerNames implements Iterable<String> {

        @Override
        public Iterator<String> iterator() {
            List<String> names = new ArrayList<>(ReferencePlayers.BUILT_IN.stream().map(ReferencePlayer::usage).toList());
            GameRegistry registry = GameRegistry.load();
            for (GameFactory f : registry.factories()) {
                Game game = registry.create(f.name());
                game.services().referencePlayers().forEach(p -> names.add(p.usage() + " (" + f.name() + ")"));
            }
            return names.iterator();
        }
    }

    /** The games with a solver, for help texts. */
    static final class SolvableGames implements Iterable<String> {

        @Override
        public Iterator<String> iterator() {
            return gamesWith(s -> s.solver().isPresent()).iterator();
        }
    }
}
