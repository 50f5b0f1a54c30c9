package org.epizero.analysis.games;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.ints.IntList;
import java.util.ArrayList;
import java.util.List;
import org.epizero.analysis.tokens.InputFeatures;
import org.epizero.analysis.tokens.TokenSequence;
import org.epizero.engine.game.Game;
import org.epizero.engine.game.GameRegistry;
import org.epizero.engine.game.State;
import org.epizero.engine.records.GameRecord;
import org.epizero.engine.records.GenerationProtocol;
import org.epizero.engine.records.RandomGames;
import org.epizero.engine.records.Resignation;
import org.junit.jupiter.api.Test;

/** Token layouts checked on a tic-tac-toe game written out by hand, and round trips on random games of real rules. */
class GameTokeniserTest {

    private static final GameRegistry REGISTRY = GameRegistry.load();
    private static final Game TICTACTOE = REGISTRY.create("tictactoe");

    /** X takes the top row (cells 1, 2, 3 in the game's notation), O plays 4 and 5 in between: X wins. */
    private static final GameRecord TOP_ROW = record(TICTACTOE, List.of("1", "4", "2", "5", "3"), 1, -1);

    private static GameRecord record(Game game, List<String> moves, double first, double second) {
        return new GameRecord(game.spec().toString(), moves, new double[] {first, second}, 0,
                GenerationProtocol.uniformRandom(), 1, 0, null, null, null);
    }

    @Test
    void moveTokensOfAHandGame() {
        MoveTokeniser t = new MoveTokeniser(TICTACTOE);
        assertEquals(14, t.vocabSize());
        TokenSequence s = t.tokenise(TOP_ROW);
        // BOS, actions 0 3 1 4 2 shifted by 5, first player wins, EOS.
        assertArrayEquals(new int[] {0, 5, 8, 6, 9, 7, 1, 4}, s.tokens());
        assertArrayEquals(new boolean[] {false, true, true, true, true, true, true, true}, s.scored());
    }

    @Test
    void resultTokensFollowTheReturns() {
        MoveTokeniser t = new MoveTokeniser(TICTACTOE);
        // O takes the left column 1-4-7 after X plays 2, 3, 6.
        TokenSequence oWins = t.tokenise(record(TICTACTOE, List.of("2", "1", "3", "4", "6", "7"), -1, 1));
        assertEquals(MoveTokeniser.SECOND_PLAYER_WINS, oWins.token(oWins.length() - 2));
        TokenSequence draw = t.tokenise(record(TICTACTOE, List.of("5", "1", "9", "3", "2", "8", "4", "6", "7"), 0, 0));
        assertEquals(MoveTokeniser.DRAW, draw.token(draw.length() - 2));
        assertEquals(12, draw.length());
    }

    @Test
    void boardTokensOfAHandGame() {
        BoardTokeniser t = new BoardTokeniser(TICTACTOE);
        assertEquals(13, t.vocabSize());
        TokenSequence s = t.tokenise(TOP_ROW);
        int e = BoardTokeniser.EMPTY;
        int m = BoardTokeniser.OWN;
        int o = BoardTokeniser.OPPONENT;
        int[] expected = {
            0,
            e, e, e, e, e, e, e, e, e, 4,     // X to move on the empty board, plays cell 0
            o, e, e, e, e, e, e, e, e, 7,     // O sees X on cell 0, plays cell 3
            m, e, e, o, e, e, e, e, e, 5,     // X: own 0, opponent 3; plays cell 1
            o, o, e, m, e, e, e, e, e, 8,     // O: X on 0 and 1 are the opponent's, own 3; plays cell 4
            m, m, e, o, o, e, e, e, e, 6,     // X completes the row with cell 2
        };
        assertArrayEquals(expected, s.tokens());
        for (int i = 0; i < expected.length; i++) {
            assertEquals(i > 0 && i % 10 == 0, s.isScored(i), "position " + i);
        }
    }

    @Test
    void positionTokensAndFeaturesOfAHandGame() {
        PositionTokeniser t = new PositionTokeniser(TICTACTOE);
        assertEquals(10, t.vocabSize());
        assertEquals(new InputFeatures(27, 9), t.features());
        TokenSequence s = t.tokenise(TOP_ROW);
        // BOS, actions 0 3 1 4 2 shifted by 1; only the moves scored.
        assertArrayEquals(new int[] {0, 1, 4, 2, 5, 3}, s.tokens());
        assertArrayEquals(new boolean[] {false, true, true, true, true, true}, s.scored());
        // Each position shows the board the next move is made on, from the mover's view, as cell
        // 3c + state (0 empty, 1 own, 2 opponent's): X's cells are X's own before X moves.
        int e = 0;
        int m = 1;
        int o = 2;
        int[][] boards = {
            {e, e, e, e, e, e, e, e, e},    // BOS: X to move on the empty board
            {o, e, e, e, e, e, e, e, e},    // after X on 0: O to move
            {m, e, e, o, e, e, e, e, e},    // after O on 3: X to move
            {o, o, e, m, e, e, e, e, e},    // after X on 1: O to move
            {m, m, e, o, o, e, e, e, e},    // after O on 4: X to move
            {o, o, o, m, m, e, e, e, e},    // after X completes the row: the board from O's view
        };
        assertEquals(9, s.featuresPerPosition());
        for (int i = 0; i < boards.length; i++) {
            for (int c = 0; c < 9; c++) {
                assertEquals(3 * c + boards[i][c], s.feature(i, c), "position " + i + ", cell " + c);
            }
        }
    }

    @Test
    void positionFeaturesShowTheBoardTokenisersBoards() {
        for (String spec : List.of("tictactoe", "connect4", "go(size=5)")) {
            Game game = REGISTRY.create(spec);
            BoardTokeniser board = new BoardTokeniser(game);
            PositionTokeniser position = new PositionTokeniser(game);
            int area = game.observationShape().area();
            for (int i = 0; i < 50; i++) {
                GameRecord r = RandomGames.play(game, 11, i);
                TokenSequence b = board.tokenise(r);
                TokenSequence p = position.tokenise(r);
                assertEquals(r.moves().size() + 1, p.length());
                assertEquals(r.moves().size(), p.scoredCount());
                for (int k = 0; k < r.moves().size(); k++) {
                    int base = 1 + k * (area + 1);
                    assertEquals(b.token(base + area) - BoardTokeniser.ACTION_OFFSET, p.token(k + 1) - PositionTokeniser.ACTION_OFFSET,
                            "move " + k + " of " + spec);
                    for (int c = 0; c < area; c++) {
                        int state = b.token(base + c) - BoardTokeniser.EMPTY;
                        assertEquals(3 * c + state, p.feature(k, c), "board before move " + k + " of " + spec + ", cell " + c);
                    }
                }
            }
        }
    }

    @Test
    void randomGamesRoundTripThroughBothTokenisers() {
        for (String spec : List.of("tictactoe", "connect4")) {
            Game game = REGISTRY.create(spec);
            MoveTokeniser moves = new MoveTokeniser(game);
            BoardTokeniser board = new BoardTokeniser(game);
            int area = game.observationShape().area();
            for (int i = 0; i < 100; i++) {
                GameRecord r = RandomGames.play(game, 7, i);
                TokenSequence m = moves.tokenise(r);
                List<String> decoded = new ArrayList<>();
                State state = game.newInitialState();
                for (int k = 1; k < m.length() - 2; k++) {
                    int placement = m.token(k) - MoveTokeniser.MOVE_OFFSET;
                    IntList legal = new IntArrayList();
                    state.legalActions(legal);
                    int action = -1;
                    for (int j = 0; j < legal.size(); j++) {
                        action = state.placement(legal.getInt(j)) == placement ? legal.getInt(j) : action;
                    }
                    decoded.add(game.formatAction(action));
                    state.apply(action);
                }
                assertEquals(r.moves(), decoded);
                assertEquals(MoveTokeniser.resultToken(r.returns()[0], r.returns()[1]), m.token(m.length() - 2));
                assertEquals(r.moves().size() + 2, m.scoredCount());

                TokenSequence b = board.tokenise(r);
                assertEquals(1 + r.moves().size() * (area + 1), b.length());
                assertEquals(r.moves().size(), b.scoredCount());
                for (int k = 0; k < r.moves().size(); k++) {
                    int pieces = 0;
                    int base = 1 + k * (area + 1);
                    for (int c = 0; c < area; c++) {
                        pieces += b.token(base + c) == BoardTokeniser.EMPTY ? 0 : 1;
                    }
                    assertEquals(k, pieces, "pieces on the board before move " + k + " of " + spec);
                    assertEquals(game.parseAction(r.moves().get(k)), b.token(base + area) - BoardTokeniser.ACTION_OFFSET);
                }
            }
        }
    }

    @Test
    void badRecordsAreRejectedAndCounted() {
        GameRecord twiceOnOneCell = record(TICTACTOE, List.of("1", "1"), 0, 0);
        GameRecord unfinished = record(TICTACTOE, List.of("1", "2"), 0, 0);
        GameRecord otherGame = RandomGames.play(REGISTRY.create("connect4"), 1, 0);
        // O resigns after X's second move: the rules would call the position unfinished, a
        // result token would have to be invented.
        GameRecord resigned = new GameRecord(TICTACTOE.spec().toString(), List.of("1", "4", "2"), new double[] {1, -1}, 0,
                GenerationProtocol.uniformRandom(), 1, 0, null, null, null, new Resignation(1, 3, false));
        MoveTokeniser t = new MoveTokeniser(TICTACTOE);
        for (GameRecord bad : List.of(twiceOnOneCell, unfinished, otherGame, resigned)) {
            for (GameTokeniser any : List.of(t, new BoardTokeniser(TICTACTOE), new PositionTokeniser(TICTACTOE))) {
                assertThrows(IllegalArgumentException.class, () -> any.tokenise(bad), any.name() + ": " + bad.moves());
            }
        }
        RecordCorpus corpus = RecordCorpus.tokenise(List.of(TOP_ROW, twiceOnOneCell, unfinished, otherGame, resigned, TOP_ROW), t);
        assertEquals(4, corpus.rejected());
        assertEquals(2, corpus.corpus().size());
        assertEquals(14, corpus.corpus().scoredTargets());
    }

    @Test
    void unknownTokeniserIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GameTokeniser.of("pixels", TICTACTOE));
        assertEquals("unknown tokeniser 'pixels'; known: moves, board, position", e.getMessage());
    }
}
