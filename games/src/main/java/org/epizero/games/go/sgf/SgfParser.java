package org.epizero.games.go.sgf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the SGF syntax (collection, game trees, nodes, properties with escaped values) and keeps
 * each game tree's main line: the first variation at every branch.
 */
final class SgfParser {

    /** One node: property names to their values, in order. */
    record Node(Map<String, List<String>> properties) {

        /** The first value of a property, or null. */
        String first(String name) {
            List<String> values = properties.get(name);
            return values == null ? null : values.get(0);
        }
    }

    private final String text;
    private int pos;

    private SgfParser(String text) {
        this.text = text;
    }

    /** The main line of every game tree in the collection. */
    static List<List<Node>> mainLines(String text) {
        SgfParser parser = new SgfParser(text);
        List<List<Node>> games = new ArrayList<>();
        parser.skipSpace();
        while (parser.pos < text.length()) {
            List<Node> line = new ArrayList<>();
            parser.gameTree(line);
            games.add(line);
            parser.skipSpace();
        }
        if (games.isEmpty()) {
            throw new SgfFormatException("no SGF game tree found");
        }
        return games;
    }

    /** Reads "(" sequence subtrees ")" and appends the first variation's nodes to {@code line}. */
    private void gameTree(List<Node> line) {
        expect('(');
        skipSpace();
        if (peek() != ';') {
            throw error("a game tree must start with a node ';'");
        }
        while (peek() == ';') {
            pos++;
            line.add(node());
            skipSpace();
        }
        boolean first = true;
        while (peek() == '(') {
            gameTree(first ? line : new ArrayList<>());
            first = false;
            skipSpace();
        }
        expect(')');
    }

    private Node node() {
        Map<String, List<String>> properties = new LinkedHashMap<>();
        skipSpace();
        while (pos < text.length() && Character.isLetter(text.charAt(pos))) {
            StringBuilder name = new StringBuilder();
            while (pos < text.length() && Character.isLetter(text.charAt(pos))) {
                char c = text.charAt(pos++);
                if (Character.isUpperCase(c)) {
                    name.append(c); // old SGF allowed lower-case letters inside names, which carry no meaning
                }
            }
            skipSpace();
            if (peek() != '[') {
                throw error("property " + name + " has no value");
            }
            List<String> values = properties.computeIfAbsent(name.toString(), k -> new ArrayList<>());
            while (peek() == '[') {
                values.add(value());
                skipSpace();
            }
        }
        return new Node(properties);
    }

    private String value() {
        expect('[');
        StringBuilder v = new StringBuilder();
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == ']') {
                return v.toString();
            }
            if (c == '\\' && pos < text.length()) {
                c = text.charAt(pos++);
            }
            v.append(c);
        }
        throw error("unterminated property value");
    }

    private void expect(char c) {
        skipSpace();
        if (peek() != c) {
            throw error("expected '" + c + "'");
        }
        pos++;
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private SgfFormatException error(String what) {
        int line = 1;
        for (int i = 0; i < Math.min(pos, text.length()); i++) {
            line += text.charAt(i) == '\n' ? 1 : 0;
        }
        return new SgfFormatException("SGF syntax error on line " + line + ": " + what);
    }
}
