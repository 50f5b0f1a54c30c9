package org.epizero.games.go.sgf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.epizero.engine.game.Game;
import org.epizero.engine.game.GameRegistry;
import org.epizero.engine.records.GameRecord;
import org.epizero.engine.records.Resignation;
import org.epizero.engine.records.RandomGames;
import org.epizero.games.go.GoFactory;
import org.epizero.games.go.GoState;
import org.junit.jupiter.api.Test;

class SgfTest {

    private static final GameRegistry REGISTRY = GameRegistry.of(new GoFactory());

    @Test
    void randomGamesSurviveTheRoundTrip() {
        int passes = 0;
        for (String spec : List.of("go(size=9,komi=7.5)", "go(size=5,komi=0)", "go(size=13,komi=-2.5)", "go(size=19,komi=6.5)")) {
            Game game = REGISTRY.create(spec);
            for (int i = 0; i < (spec.contains("19") ? 3 : 30); i++) {
                GameRecord original = RandomGames.play(game, 17, i);
                String sgf = SgfWriter.write(original, "alice", "bob]\\");
                List<GameRecord> back = SgfReader.read(sgf);
                assertEquals(1, back.size());
                GameRecord copy = back.get(0);
                assertEquals(original.game(), copy.game(), sgf);
                assertEquals(original.moves(), copy.moves(), sgf);
                assertArrayEquals(original.returns(), copy.returns(), sgf);
                assertTrue(sgf.contains("PW[bob\\]\\\\]"), "escaped player name: " + sgf);
                passes += (int) original.moves().stream().filter(m -> m.equals("pass")).count();
            }
        }
        assertTrue(passes > 0, "the random games include passes");
    }

    @Test
    void resultPropertyStatesTheAreaScore() {
        Game game = REGISTRY.create("go(size=5,komi=0.5)");
        GameRecord record = RandomGames.play(game, 3, 0);
        GoState state = (GoState) game.newInitialState();
        record.moves().forEach(m -> state.apply(game.parseAction(m)));
        double score = state.score();
        String expected = score > 0 ? "RE[B+" + (score == Math.rint(score) ? Long.toString((long) score) : Double.toString(score))
                : "RE[W+" + (-score == Math.rint(-score) ? Long.toString((long) -score) : Double.toString(-score));
        String sgf = SgfWriter.write(record);
        assertTrue(sgf.startsWith("(;GM[1]FF[4]"), sgf);
        assertTrue(sgf.contains("SZ[5]") && sgf.contains("KM[0.5]") && sgf.contains("RU[Chinese]") && sgf.contains("PB[uniform-random]"), sgf);
        assertTrue(sgf.contains(expected + "]"), expected + " in " + sgf);
    }

    @Test
    void handWrittenCoordinatesCountRowsFromTheTop() {
        String sgf = """
                (;GM[1]FF[4]SZ[9]KM[6.5]RE[W+2.5]PB[x]C[a comment with \\] inside]
                ;B[aa];W[ia]
                ;B[ai]C[bottom left];W[ee]
                ;B[];W[ic]
                ;B[tt]
                (;W[bb];B[cc])
                (;W[hh]))
                """;
        GameRecord r = SgfReader.read(sgf).get(0);
        assertEquals("go(size=9,komi=6.5)", r.game());
        assertEquals(List.of("A9", "J9", "A1", "E5", "pass", "J7", "pass", "B8", "C7"), r.moves());
        assertArrayEquals(new double[] {-1, 1}, r.returns());
    }

    @Test
    void passWrittenAsEmptyValue() {
        Game game = REGISTRY.create("go(size=9)");
        GameRecord r = new GameRecord(game.spec().toString(), List.of("C3", "pass", "pass"), new double[] {1, -1}, 0, null, 0, 0, null, null, null);
        String sgf = SgfWriter.write(r);
        assertTrue(sgf.contains(";B[cg];W[];B[]"), sgf);
        assertTrue(sgf.contains("RE[B+73.5]"), "a lone stone owns all 81 points (Tromp-Taylor), minus komi 7.5: " + sgf);
    }

    @Test
    void resignedGamesSurviveTheRoundTrip() {
        Game game = REGISTRY.create("go(size=9)");
        GameRecord r = new GameRecord(game.spec().toString(), List.of("C3", "D4", "E5"), new double[] {-1, 1}, 0, null, 0, 0, null, null, null,
                new Resignation(0, 3, false));
        String sgf = SgfWriter.write(r);
        assertTrue(sgf.contains("RE[W+R]"), sgf);
        GameRecord back = SgfReader.read(sgf).get(0);
        assertEquals(r.moves(), back.moves());
        assertEquals(r.resignation(), back.resignation());
        assertEquals(new Resignation(1, 1, false), SgfReader.read("(;SZ[9]RE[B+Resign];B[ee])").get(0).resignation());
    }

    @Test
    void collectionsGiveOneRecordPerGame() {
        List<GameRecord> games = SgfReader.read("(;SZ[5];B[cc];W[])\n(;SZ[7]KM[0]RE[0];B[aa])");
        assertEquals(2, games.size());
        assertEquals(List.of("C3", "pass"), games.get(0).moves());
        assertEquals("go(size=7,komi=0.0)", games.get(1).game());
        assertEquals(List.of("A7"), games.get(1).moves());
        assertArrayEquals(new double[] {0, 0}, games.get(1).returns());
        assertEquals(1, games.get(1).index());
    }

    @Test
    void badGamesAreRefusedWithAReason() {
        assertThrows(SgfFormatException.class, () -> SgfReader.read("(;SZ[9]AB[cc][dd];W[ee])"));
        assertThrows(SgfFormatException.class, () -> SgfReader.read("(;SZ[9];B[cc];B[dd])"));
        assertThrows(SgfFormatException.class, () -> SgfReader.read("(;SZ[9];B[cc];W[cc])"));
        assertThrows(SgfFormatException.class, () -> SgfReader.read("(;SZ[9];B[zz])"));
        assertThrows(SgfFormatException.class, () -> SgfReader.read("(;GM[3];B[cc])"));
        assertThrows(SgfFormatException.class, () -> SgfReader.read("(;SZ[9];B[cc]"));
        assertThrows(SgfFormatException.class, () -> SgfReader.read("not sgf"));
        SgfFormatException e = assertThrows(SgfFormatException.class, () -> SgfReader.read("(;SZ[9];B[cc];W[dd];B[];W[];B[ee])"));
        assertTrue(e.getMessage().contains("move 5"), e.getMessage());
    }
}
