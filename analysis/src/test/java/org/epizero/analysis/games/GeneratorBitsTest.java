package org.epizero.analysis.games;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.epizero.analysis.tokens.TokenSequence;
import org.epizero.engine.game.Game;
import org.epizero.engine.game.GameRegistry;
import org.epizero.engine.game.State;
import org.epizero.engine.records.GameRecord;
import org.epizero.engine.records.GenerationProtocol;
import org.epizero.engine.records.RandomGames;
import org.junit.jupiter.api.Test;

/** Random games' recorded move probabilities checked against the rules, and the code length they give each tokenised record. */
class GeneratorBitsTest {

    private static final GameRegistry REGISTRY = GameRegistry.load();

    @Test
    void randomGameProbabilitiesAreOneOverTheLegalMovesOfTheRules() {
        for (String spec : List.of("tictactoe", "connect4", "go(size=9)")) {
            Game game = REGISTRY.create(spec);
            IntArrayList legal = new IntArrayList();
            for (int i = 0; i < (spec.startsWith("go") ? 20 : 200); i++) {
                GameRecord r = RandomGames.play(game, 11, i);
                double[] p = r.moveProbabilities();
                assertEquals(r.moves().size(), p.length);
                State state = game.newInitialState();
                double product = 1;
                double recorded = 1;
                double bits = 0;
                for (int k = 0; k < p.length; k++) {
                    state.legalActions(legal);
                    product /= legal.size();
                    recorded *= p[k];
                    bits += Math.log(legal.size()) / Math.log(2);
                    state.apply(game.parseAction(r.moves().get(k)));
                }
                assertTrue(state.isTerminal());
                assertEquals(product, recorded, product * 1e-12, spec + " game " + i);
                assertEquals(bits, RecordCorpus.generatorBits(r), 1e-9 * Math.max(1, bits), spec + " game " + i);
            }
        }
    }

    @Test
    void bothTokenisersCarryTheMovesBitsAndRecordsWithoutProbabilitiesStayUnknown() {
        Game game = REGISTRY.create("tictactoe");
        List<GameRecord> records = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            records.add(RandomGames.play(game, 3, i));
        }
        GameRecord r = records.get(0);
        GameRecord bare = new GameRecord(r.game(), r.moves(), r.returns(), 0, GenerationProtocol.uniformRandom(), 3, 0, null, null, null);
        records.add(bare);
        for (GameTokeniser t : List.of(new MoveTokeniser(game), new BoardTokeniser(game), new PositionTokeniser(game))) {
            List<TokenSequence> sequences = RecordCorpus.tokenise(records, t).corpus().sequences();
            assertEquals(51, sequences.size());
            for (int i = 0; i < 50; i++) {
                assertTrue(sequences.get(i).hasGeneratorBits());
                assertEquals(RecordCorpus.generatorBits(records.get(i)), sequences.get(i).generatorBits());
            }
            assertFalse(sequences.get(50).hasGeneratorBits(), "a record without probabilities has no generator bits");
            assertEquals(t.tokenise(bare), sequences.get(50));
        }
    }

    @Test
    void aHandPlayedGameCostsTheBitsOfItsChoices() {
        Game game = REGISTRY.create("tictactoe");
        // Nine, eight, ..., one choice in turn: the full board costs log2(9!) bits; a certain move costs nothing.
        List<String> draw = List.of("5", "1", "9", "3", "2", "8", "4", "6", "7");
        double[] p = {1 / 9.0, 1 / 8.0, 1 / 7.0, 1 / 6.0, 1 / 5.0, 1 / 4.0, 1 / 3.0, 1 / 2.0, 1};
        GameRecord r = new GameRecord(game.spec().toString(), draw, new double[] {0, 0}, 0, GenerationProtocol.uniformRandom(), 0, 0,
                null, null, p);
        assertEquals(Math.log(362_880) / Math.log(2), RecordCorpus.generatorBits(r), 1e-12);
        double[] certain = new double[9];
        Arrays.fill(certain, 1);
        GameRecord forced = new GameRecord(game.spec().toString(), draw, new double[] {0, 0}, 0, null, 0, 0, null, null, certain);
        assertEquals(0.0, RecordCorpus.generatorBits(forced));
    }
}
