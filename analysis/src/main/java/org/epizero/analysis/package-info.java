/**
 * Epiplexity analysis, in dependency order: token corpora and their sequence-aligned layout
 * ({@code tokens}), corpora of exactly known entropy for calibration ({@code calibration}), game
 * tokenisers and the exact entropy of random play ({@code games}), the transformer observers
 * ({@code observer}), the estimators of structural information S and time-bounded entropy H and
 * the compute frontier ({@code estimate}), and the files and charts of a study ({@code study}).
 * Depends on the engine module and DJL only; games are found through the registry at run time.
 */
package org.epizero.analysis;
