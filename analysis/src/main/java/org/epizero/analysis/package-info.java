/**
 * Epiplexity analysis: token corpora ({@code tokens}), the transformer observers that learn
 * them ({@code observer}), and the estimators of structural information S and time-bounded
 * entropy H ({@code estimate}). Depends on the engine module and DJL only, never on a game.
 */
package org.epizero.analysis;
