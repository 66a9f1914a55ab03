package org.tiaojie.casework.shared;

/**
 * An entity that keeps, beside an encrypted column, that column's blind index ({@link DataCipher#index}); the
 * {@link BlindIndexing} listener has it recompute its indexes each time it is written.
 */
public interface BlindIndexed {

    /** Sets every blind index of the entity from its plain values. */
    void reindex(DataCipher cipher);
}
