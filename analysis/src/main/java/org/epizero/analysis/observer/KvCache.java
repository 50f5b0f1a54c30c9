package org.epizero.analysis.observer;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;

/**
 * The keys and values of every layer for the positions decoded so far, {@code [B,H,P,D/H]} each,
 * owned by one manager: a layer's arrays are replaced by their extension at every step and the old
 * ones freed at once, so a cache never holds more than one copy.
 */
final class KvCache implements AutoCloseable {

    private final NDManager manager;
    private final NDArray[] keys;
    private final NDArray[] values;
    private int length;

    KvCache(NDManager parent, int layers) {
        this.manager = parent.newSubManager();
        this.keys = new NDArray[layers];
        this.values = new NDArray[layers];
    }

    /** Positions cached. */
    int length() {
        return length;
    }

    /** The layer's cached keys, or null while nothing is cached. */
    NDArray keys(int layer) {
        return keys[layer];
    }

    /** The layer's cached values, or null while nothing is cached. */
    NDArray values(int layer) {
        return values[layer];
    }

    /** Takes over the layer's extended keys and values, freeing the ones they extend. */
    void replace(int layer, NDArray newKeys, NDArray newValues) {
        free(layer);
        newKeys.attach(manager);
        newValues.attach(manager);
        keys[layer] = newKeys;
        values[layer] = newValues;
    }

    /** Counts positions that every layer has just been extended by. */
    void advance(int positions) {
        length += positions;
    }

    /** Forgets every position. */
    void clear() {
        for (int i = 0; i < keys.length; i++) {
            free(i);
        }
        length = 0;
    }

    private void free(int layer) {
        if (keys[layer] != null) {
            keys[layer].close();
            values[layer].close();
            keys[layer] = null;
            values[layer] = null;
        }
    }

    @Override
    public void close() {
        manager.close();
    }
}
