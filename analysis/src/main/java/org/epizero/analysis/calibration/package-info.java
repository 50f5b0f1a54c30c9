/**
 * Calibration corpora: token sequences from random processes whose code length is known exactly,
 * from pure noise (uniform tokens) through learnable structure with residual entropy (Markov
 * chains, a noisy copy) to pure structure (copy, periodic). Each sequence carries its exact
 * generator bits, and each generator states its exact expectation, so an observer's measured
 * entropy can be checked against the truth.
 */
package org.epizero.analysis.calibration;
