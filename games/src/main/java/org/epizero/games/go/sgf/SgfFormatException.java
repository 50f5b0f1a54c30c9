package org.epizero.games.go.sgf;

/** SGF text that cannot be read as a Go game of this project (bad syntax, setup stones, illegal moves, ...). */
public final class SgfFormatException extends IllegalArgumentException {

    public SgfFormatException(String message) {
        super(message);
    }
}
