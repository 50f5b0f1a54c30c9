package org.epizero.engine.game;

/**
 * One parameter a game accepts in its spec: a name, a default, an inclusive range and a short
 * description for {@code epizero games}.
 */
public record GameParameter(String name, Type type, String defaultValue, double min, double max, String description) {

    /** Value types a parameter may take. */
    public enum Type { INT, DOUBLE }

    /** An integer parameter in {@code [min, max]}. */
    public static GameParameter ofInt(String name, int defaultValue, int min, int max, String description) {
        return new GameParameter(name, Type.INT, Integer.toString(defaultValue), min, max, description);
    }

    /** A real-valued parameter in {@code [min, max]}. */
    public static GameParameter ofDouble(String name, double defaultValue, double min, double max, String description) {
        return new GameParameter(name, Type.DOUBLE, canonicalDouble(defaultValue), min, max, description);
    }

    /**
     * Checks a value given in a spec and returns its canonical text.
     *
     * @throws InvalidGameSpecException if the value does not parse or lies outside the range
     */
    public String normalise(String game, String value) {
        double v;
        String canonical;
        try {
            if (type == Type.INT) {
                int i = Integer.parseInt(value);
                v = i;
                canonical = Integer.toString(i);
            } else {
                v = Double.parseDouble(value);
                canonical = canonicalDouble(v);
            }
        } catch (NumberFormatException e) {
            throw new InvalidGameSpecException(game + ": parameter '" + name + "' must be "
                    + (type == Type.INT ? "an integer" : "a number") + ", got '" + value + "'");
        }
        if (!(v >= min && v <= max)) {
            throw new InvalidGameSpecException(game + ": parameter '" + name + "' must be in [" + rangeText() + "], got " + value);
        }
        return canonical;
    }

    /** The range as text, e.g. {@code 2..19}. */
    public String rangeText() {
        return type == Type.INT ? (long) min + ".." + (long) max : canonicalDouble(min) + ".." + canonicalDouble(max);
    }

    private static String canonicalDouble(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) + ".0" : Double.toString(v);
    }
}
