package org.epizero.selfplay.config;

/**
 * KataGo's playout-cap randomisation: a share of the moves get the full search (with root noise),
 * and only their positions become training samples; the other moves get a fast search without
 * noise, so that games are played well at a fraction of the cost and the full searches are the
 * only policy targets.
 *
 * @param fastSimulations simulations of a fast search; 0 turns the cap off (every move a full search)
 * @param fullSearchShare the share of moves, drawn per move from the game's seed, searched in full
 */
public record PlayoutCapSettings(int fastSimulations, double fullSearchShare) {

    /** Every move a full search. */
    public static final PlayoutCapSettings OFF = new PlayoutCapSettings(0, 0.25);

    public PlayoutCapSettings {
        if (fastSimulations < 0) {
            throw new IllegalArgumentException("playoutCap.fastSimulations must be at least 0, got " + fastSimulations);
        }
        if (!(fullSearchShare > 0 && fullSearchShare <= 1)) {
            throw new IllegalArgumentException("playoutCap.fullSearchShare must be in (0, 1], got " + fullSearchShare);
        }
    }

    /** Whether some moves get the fast search. */
    public boolean enabled() {
        return fastSimulations > 0 && fullSearchShare < 1;
    }
}
