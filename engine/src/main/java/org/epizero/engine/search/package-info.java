/**
 * Monte Carlo tree search with PUCT selection over any two-player zero-sum {@code Game}.
 *
 * <p>{@link org.epizero.engine.search.Mcts} searches one game in two phases (select a leaf, then
 * expand and back up its evaluation), so that {@link org.epizero.engine.search.LockstepSearch} can
 * advance many games together with one {@code Evaluator} call per round. Trees live in primitive
 * arrays ({@link org.epizero.engine.search.SearchTree}); every value is stored from an explicitly
 * named player's view. {@link org.epizero.engine.search.SearchConfig} holds the parameters and
 * their defaults; {@link org.epizero.engine.search.SearchBenchmark} measures throughput.
 */
package org.epizero.engine.search;
