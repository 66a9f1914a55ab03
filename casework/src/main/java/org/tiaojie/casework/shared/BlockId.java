package org.tiaojie.casework.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.hibernate.annotations.IdGeneratorType;

/** Ids handed out in blocks from the {@code id_sequences} table; see {@link BlockIdGenerator}. */
@IdGeneratorType(BlockIdGenerator.class)
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD})
public @interface BlockId {
}
