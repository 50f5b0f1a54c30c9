package org.epizero.engine.game;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A game name with parameters, written {@code name} or {@code name(key=value,...)}, for example
 * {@code go(size=9,komi=7.5)}. {@link #toString()} gives the canonical text, which
 * {@link #parse} reads back.
 */
public record GameSpec(String name, Map<String, String> params) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

    public GameSpec {
        if (!NAME.matcher(name).matches()) {
            throw new InvalidGameSpecException("invalid game name '" + name + "': use lower-case letters, digits and '_'");
        }
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /** A spec without parameters. */
    public static GameSpec of(String name) {
        return new GameSpec(name, Map.of());
    }

    /**
     * Reads {@code name} or {@code name(key=value,...)}; whitespace around tokens is ignored.
     *
     * @throws InvalidGameSpecException with a message that names the problem
     */
    public static GameSpec parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidGameSpecException("empty game spec: expected NAME or NAME(key=value,...)");
        }
        String t = text.strip();
        int open = t.indexOf('(');
        if (open < 0) {
            if (t.indexOf(')') >= 0) {
                throw new InvalidGameSpecException("malformed game spec '" + text + "': ')' without '('");
            }
            return of(t.toLowerCase());
        }
        if (!t.endsWith(")")) {
            throw new InvalidGameSpecException("malformed game spec '" + text + "': missing closing ')'");
        }
        String name = t.substring(0, open).strip().toLowerCase();
        String body = t.substring(open + 1, t.length() - 1).strip();
        Map<String, String> params = new LinkedHashMap<>();
        if (!body.isEmpty()) {
            for (String pair : body.split(",", -1)) {
                int eq = pair.indexOf('=');
                if (eq <= 0 || eq == pair.length() - 1) {
                    throw new InvalidGameSpecException("malformed parameter '" + pair.strip() + "' in '" + text + "': expected key=value");
                }
                String key = pair.substring(0, eq).strip().toLowerCase();
                String value = pair.substring(eq + 1).strip();
                if (key.isEmpty() || value.isEmpty() || value.matches(".*[()=].*")) {
                    throw new InvalidGameSpecException("malformed parameter '" + pair.strip() + "' in '" + text + "'");
                }
                if (params.put(key, value) != null) {
                    throw new InvalidGameSpecException("parameter '" + key + "' given twice in '" + text + "'");
                }
            }
        }
        return new GameSpec(name, params);
    }

    /** The value of a parameter as an int. */
    public int intParam(String key) {
        return Integer.parseInt(require(key));
    }

    /** The value of a parameter as a double. */
    public double doubleParam(String key) {
        return Double.parseDouble(require(key));
    }

    private String require(String key) {
        String v = params.get(key);
        if (v == null) {
            throw new InvalidGameSpecException("game '" + name + "' has no parameter '" + key + "'");
        }
        return v;
    }

    @Override
    public String toString() {
        if (params.isEmpty()) {
            return name;
        }
        StringBuilder sb = new StringBuilder(name).append('(');
        params.forEach((k, v) -> sb.append(k).append('=').append(v).append(','));
        sb.setCharAt(sb.length() - 1, ')');
        return sb.toString();
    }
}
