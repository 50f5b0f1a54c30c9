package org.epizero.engine.game;

/** A game spec that names no registered game, or has a malformed or out-of-range parameter. */
public class InvalidGameSpecException extends IllegalArgumentException {

    public InvalidGameSpecException(String message) {
        super(message);
    }
}
