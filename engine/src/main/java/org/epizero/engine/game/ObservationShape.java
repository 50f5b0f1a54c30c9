package org.epizero.engine.game;

/**
 * Shape of an observation tensor: {@code planes} feature planes over a {@code height x width}
 * board, stored planes-major (index {@code (p * height + row) * width + col}).
 */
public record ObservationShape(int planes, int height, int width) {

    public ObservationShape {
        if (planes < 1 || height < 1 || width < 1) {
            throw new IllegalArgumentException("observation shape must be positive: " + planes + "x" + height + "x" + width);
        }
    }

    /** Number of cells on one plane. */
    public int area() {
        return height * width;
    }

    /** Total number of floats. */
    public int size() {
        return planes * height * width;
    }
}
