package org.epizero.engine.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SearchConfigTest {

    @Test
    void automaticAlphaScalesWithTheNumberOfLegalMoves() {
        SearchConfig c = SearchConfig.defaults();
        assertEquals(10.0 / 81, c.dirichletAlpha(81), 1e-12);
        assertEquals(0.03, c.withNoiseAlpha(0.03).dirichletAlpha(361), 1e-12);
    }

    @Test
    void playSettingsTurnOffNoiseAndTemperature() {
        SearchConfig c = SearchConfig.forPlay(50);
        assertEquals(50, c.simulations());
        assertEquals(0, c.noiseWeight());
        assertEquals(0, c.temperature());
        assertEquals(SearchConfig.defaults().cPuct(), c.cPuct());
    }

    @Test
    void rejectsNonsense() {
        SearchConfig c = SearchConfig.defaults();
        assertThrows(IllegalArgumentException.class, () -> c.withSimulations(0));
        assertThrows(IllegalArgumentException.class, () -> c.withNoiseWeight(1.5));
        assertThrows(IllegalArgumentException.class, () -> c.withTemperature(-1));
        assertThrows(IllegalArgumentException.class, () -> c.withCPuct(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> c.withLcbStdevs(-1));
        assertThrows(IllegalArgumentException.class, () -> c.withLcbStdevs(Double.POSITIVE_INFINITY));
        assertThrows(IllegalArgumentException.class, () -> c.withLeavesPerRound(0));
    }
}
