package org.epizero.selfplay;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.epizero.engine.game.GameFactory;
import org.epizero.engine.game.GameRegistry;
import org.junit.jupiter.api.Test;

/**
 * No class of the engine, the analysis or the application names a concrete game: everything a
 * game offers beyond its rules reaches them through what the game declares. Flags, with file and
 * line, every use of a game module package in code or strings, and every string literal that
 * names a registered game as a spec ({@code connect4}, {@code go(size=9)}, {@code rules:tictactoe}).
 * Comments are not read.
 */
class GameIndependenceTest {

    private static final List<Path> SOURCES = List.of(Path.of("src/main/java"), Path.of("../analysis/src/main/java"),
            Path.of("../engine/src/main/java"));

    private static final String GAMES_PACKAGE = "org.epizero.games";

    /**
     * The only files that may name games, and the names each may use. Each entry is a choice of
     * game that belongs to the application, or a piece that remains to be moved into its game.
     */
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            // the quickstart's choice of game
            "selfplay/src/main/java/org/epizero/selfplay/cli/QuickstartCommand.java", Set.of("tictactoe"));

    /** One string literal or one stretch of code on a line, comments removed. */
    private record Piece(int line, String text, boolean literal) {
    }

    @Test
    void noSourceOutsideTheGamesNamesAGame() throws IOException {
        List<String> names = GameRegistry.load().factories().stream().map(GameFactory::name).toList();
        List<String> violations = new ArrayList<>();
        for (Path root : SOURCES) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                    String where = Path.of("selfplay").resolve(file).normalize().toString().replace('\\', '/');
                    for (Piece piece : pieces(read(file))) {
                        for (String name : namedGames(piece, names)) {
                            if (!ALLOWED.getOrDefault(where, Set.of()).contains(name)) {
                                violations.add(where + ":" + piece.line() + ": names " + name + " in " + piece.text().strip());
                            }
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), violations, "games are reached through their declared services, not by name");
    }

    @Test
    void theScanSeesImportsAndSpecsButNotProseOrComments() {
        List<String> names = List.of("go", "connect4");
        String source = """
                import org.epizero.games.go.Go; // a game type
                /* connect4 in a comment */ String a = "connect4", b = "go(size=9)", c = "Logs go to stderr";
                String d = "rules:connect4", e = "e.g. 'go'";
                """;
        List<String> found = new ArrayList<>();
        for (Piece piece : pieces(source)) {
            namedGames(piece, names).forEach(n -> found.add(piece.line() + " " + n));
        }
        assertEquals(List.of("1 " + GAMES_PACKAGE, "2 connect4", "2 go", "3 connect4", "3 go"), found);
    }

    /** The games a piece names: the games package anywhere, and in literals each game named as a spec. */
    private static List<String> namedGames(Piece piece, List<String> names) {
        List<String> found = new ArrayList<>();
        if (piece.text().contains(GAMES_PACKAGE)) {
            found.add(GAMES_PACKAGE);
        }
        if (piece.literal()) {
            for (String name : names) {
                if (namesAsSpec(piece.text(), name)) {
                    found.add(name);
                }
            }
        }
        return found;
    }

    /**
     * Whether {@code text} holds {@code name} as a game spec: followed by its parameters, or standing
     * apart from other words; a name that doubles as a word between two words (logs go to) is prose.
     */
    private static boolean namesAsSpec(String text, String name) {
        Matcher m = Pattern.compile("(?<![\\w-])" + Pattern.quote(name) + "(?![\\w-])", Pattern.CASE_INSENSITIVE).matcher(text);
        while (m.find()) {
            boolean params = m.end() < text.length() && text.charAt(m.end()) == '(';
            boolean prose = m.start() >= 2 && text.charAt(m.start() - 1) == ' ' && Character.isLetter(text.charAt(m.start() - 2))
                    && m.end() + 1 < text.length() && text.charAt(m.end()) == ' ' && Character.isLetter(text.charAt(m.end() + 1));
            if (params || !prose) {
                return true;
            }
        }
        return false;
    }

    /** The source cut into string literals and code, with comments dropped and line numbers kept. */
    private static List<Piece> pieces(String source) {
        List<Piece> pieces = new ArrayList<>();
        StringBuilder code = new StringBuilder();
        int line = 1;
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '\n') {
                pieces.add(new Piece(line, code.toString(), false));
                code.setLength(0);
                line++;
                i++;
            } else if (source.startsWith("//", i)) {
                while (i < source.length() && source.charAt(i) != '\n') {
                    i++;
                }
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                end = end < 0 ? source.length() : end + 2;
                for (int k = i; k < end; k++) {
                    if (source.charAt(k) == '\n') {
                        pieces.add(new Piece(line, code.toString(), false));
                        code.setLength(0);
                        line++;
                    }
                }
                i = end;
            } else if (c == '"' || c == '\'') {
                int end = i + 1;
                while (end < source.length() && source.charAt(end) != c && source.charAt(end) != '\n') {
                    end += source.charAt(end) == '\\' ? 2 : 1;
                }
                pieces.add(new Piece(line, source.substring(i + 1, Math.min(end, source.length())), true));
                i = end + 1;
            } else {
                code.append(c);
                i++;
            }
        }
        pieces.add(new Piece(line, code.toString(), false));
        return pieces;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
