package org.epizero.selfplay.epiplexity;

import org.epizero.analysis.study.CorpusInfo;
import org.epizero.analysis.tokens.TokenCorpus;

/**
 * A corpus ready to measure.
 *
 * @param info where it came from
 * @param corpus its tokens
 */
public record LoadedCorpus(CorpusInfo info, TokenCorpus corpus) {}
