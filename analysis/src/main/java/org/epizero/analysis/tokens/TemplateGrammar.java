package org.epizero.analysis.tokens;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The grammar of a generic token dataset: each synthetic sequence copies a real sequence drawn at
 * random as its template, with the template's unscored tokens given at their positions, its scored
 * ones sampled, and its length. Coherent when given tokens do not depend on scored ones (the source
 * of a copy task, the first token of a Markov chain); where they do, the synthetic sequence pairs
 * sampled tokens with the template's context, and a dedicated grammar should rebuild that context
 * instead.
 */
public final class TemplateGrammar implements SampleGrammar {

    private final List<TokenSequence> templates;

    /** Templates are the sequences of {@code corpus} with at least one scored target. */
    public TemplateGrammar(TokenCorpus corpus) {
        List<TokenSequence> list = new ArrayList<>();
        for (TokenSequence s : corpus.sequences()) {
            if (s.scoredTargets() > 0) {
                list.add(s);
            }
        }
        if (list.isEmpty()) {
            throw new IllegalArgumentException("no sequence of the corpus has a scored target to sample");
        }
        this.templates = List.copyOf(list);
    }

    @Override
    public Draft begin(SplittableRandom random) {
        TokenSequence template = templates.get(random.nextInt(templates.size()));
        return new Draft() {
            private int length;

            @Override
            public NextToken next() {
                if (length == template.length()) {
                    return NextToken.END;
                }
                // The first token is never a target, so it is given even where the data scores it.
                return length > 0 && template.isScored(length) ? NextToken.SAMPLED : NextToken.given(template.token(length));
            }

            @Override
            public void accept(int token) {
                length++;
            }
        };
    }
}
