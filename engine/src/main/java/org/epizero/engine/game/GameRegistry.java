package org.epizero.engine.game;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * The games found on the class path through {@link ServiceLoader}, and the one place that turns
 * spec strings into games. Instances are immutable.
 */
public final class GameRegistry {

    private final Map<String, GameFactory> factories;

    private GameRegistry(Map<String, GameFactory> factories) {
        this.factories = Collections.unmodifiableMap(factories);
    }

    /** The games registered on the class path of this class's loader. */
    public static GameRegistry load() {
        Map<String, GameFactory> found = new TreeMap<>();
        for (GameFactory f : ServiceLoader.load(GameFactory.class, GameRegistry.class.getClassLoader())) {
            GameFactory previous = found.put(f.name(), f);
            if (previous != null) {
                throw new IllegalStateException("two games registered as '" + f.name() + "': "
                        + previous.getClass().getName() + " and " + f.getClass().getName());
            }
        }
        return new GameRegistry(found);
    }

    /** A registry of exactly these factories (for tests and embedding). */
    public static GameRegistry of(GameFactory... list) {
        Map<String, GameFactory> map = new TreeMap<>();
        for (GameFactory f : list) {
            map.put(f.name(), f);
        }
        return new GameRegistry(map);
    }

    /** Registered factories, sorted by name. */
    public List<GameFactory> factories() {
        return List.copyOf(factories.values());
    }

    /** Builds a game from spec text such as {@code go(size=9,komi=7.5)}. */
    public Game create(String specText) {
        return create(GameSpec.parse(specText));
    }

    /** Builds a game from a parsed spec, filling in defaults and checking every parameter. */
    public Game create(GameSpec spec) {
        GameFactory factory = factories.get(spec.name());
        if (factory == null) {
            throw new InvalidGameSpecException("unknown game '" + spec.name() + "'; registered games: "
                    + String.join(", ", factories.keySet()));
        }
        return factory.create(resolve(factory, spec));
    }

    /** The spec with every declared parameter present, validated and in canonical form. */
    static GameSpec resolve(GameFactory factory, GameSpec spec) {
        Map<String, GameParameter> declared = new LinkedHashMap<>();
        for (GameParameter p : factory.parameters()) {
            declared.put(p.name(), p);
        }
        for (String key : spec.params().keySet()) {
            if (!declared.containsKey(key)) {
                throw new InvalidGameSpecException("game '" + spec.name() + "' has no parameter '" + key + "'"
                        + (declared.isEmpty() ? " (it takes none)" : "; it takes: " + String.join(", ", declared.keySet())));
            }
        }
        Map<String, String> resolved = new LinkedHashMap<>();
        for (GameParameter p : declared.values()) {
            String given = spec.params().get(p.name());
            resolved.put(p.name(), given == null ? p.defaultValue() : p.normalise(spec.name(), given));
        }
        return new GameSpec(spec.name(), resolved);
    }
}
