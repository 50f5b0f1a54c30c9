package org.epizero.analysis.estimate;

/** Which code length estimates the structural information S. */
public enum EstimatorKind {
    /** Area under the online loss curve above the final loss: cheap, an upper bound. */
    PREQUENTIAL,
    /** Cumulative teacher-to-student KL on synthetic samples: tighter, several times slower. */
    REQUENTIAL
}
