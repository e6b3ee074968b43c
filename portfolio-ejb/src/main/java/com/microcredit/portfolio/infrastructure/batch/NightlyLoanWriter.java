package com.microcredit.portfolio.infrastructure.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Hands each chunk of loan ids to {@link NightlyChunk}, in the chunk's transaction. */
@Named("nightlyLoanWriter")
@Dependent
public class NightlyLoanWriter extends AbstractItemWriter {

    @Inject @BatchProperty String runId;

    @Inject @BatchProperty String businessDate;

    @Inject @BatchProperty String partitionNo;

    @Inject @BatchProperty String firstId;

    @Inject @BatchProperty String lastId;

    @Inject private NightlyChunk chunk;

    @Inject private NightlyPhaseTimes times;

    @Override
    public void writeItems(List<Object> items) throws Exception {
        List<Long> ids = new ArrayList<>(items.size());
        for (Object item : items) {
            ids.add((Long) item);
        }
        long started = System.nanoTime();
        chunk.process(
                Long.parseLong(runId),
                Integer.parseInt(partitionNo),
                Long.parseLong(firstId),
                Long.parseLong(lastId),
                LocalDate.parse(businessDate),
                ids);
        times.add(
                Long.parseLong(runId),
                NightlyPhaseTimes.Phase.CHUNK_TOTAL,
                System.nanoTime() - started);
    }
}
