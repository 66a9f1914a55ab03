package org.tiaojie.casework.shared;

import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import org.springframework.stereotype.Component;

/** Recomputes the blind indexes of a {@link BlindIndexed} entity before it is inserted or updated. */
@Component
public class BlindIndexing {

    private final DataCipher cipher;

    BlindIndexing(DataCipher cipher) {
        this.cipher = cipher;
    }

    @PrePersist
    @PreUpdate
    void reindex(Object entity) {
        if (entity instanceof BlindIndexed indexed) {
            indexed.reindex(cipher);
        }
    }
}
