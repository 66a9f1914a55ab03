package org.tiaojie.casework.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * The good rows of an imported chunk written in batches, in file order (work orders and history alike): {@code write}
 * gets the row indexes of each batch of at most {@code size}, and {@code progress} hears how many of the chunk's
 * {@code rows} are done — the rows not to write at once, then after each batch.
 */
public final class ImportBatches {

    private ImportBatches() {
    }

    public static void write(int rows, Set<Integer> ready, int size, IntConsumer progress,
            Consumer<List<Integer>> write) {
        int done = rows - ready.size();
        progress.accept(done);
        List<Integer> batch = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            if (ready.contains(i)) {
                batch.add(i);
            }
            if (batch.size() == size || (i == rows - 1 && !batch.isEmpty())) {
                write.accept(List.copyOf(batch));
                done += batch.size();
                progress.accept(done);
                batch.clear();
            }
        }
    }
}
