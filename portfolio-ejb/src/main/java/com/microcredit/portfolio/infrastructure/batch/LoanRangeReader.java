package com.microcredit.portfolio.infrastructure.batch;

import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.sql.DataSource;

/**
 * Reads the ids of the live loans of one partition's range in ascending order, a page at a time
 * (one short query per chunk, no cursor held across transactions). The checkpoint is the last id
 * handed out: a restart continues after it.
 */
@Named("loanRangeReader")
@Dependent
public class LoanRangeReader extends AbstractItemReader {

    @Inject @BatchProperty String firstId;

    @Inject @BatchProperty String lastId;

    @Inject @BatchProperty String pageSize;

    @Inject @BatchProperty String runId;

    @Resource(lookup = "jdbc/mcrc")
    private DataSource dataSource;

    @Inject private NightlyPhaseTimes times;

    private long opened;

    private final Deque<Long> page = new ArrayDeque<>();
    private long after;
    private long last;
    private boolean exhausted;

    @Override
    public void open(Serializable checkpoint) {
        opened = System.nanoTime();
        page.clear();
        exhausted = false;
        last = Long.parseLong(lastId);
        after = checkpoint == null ? Long.parseLong(firstId) - 1 : (Long) checkpoint;
    }

    @Override
    public Object readItem() throws Exception {
        if (page.isEmpty() && !exhausted) {
            fetch();
        }
        Long id = page.poll();
        if (id != null) {
            after = id;
        }
        return id;
    }

    @Override
    public void close() {
        if (runId != null) {
            times.add(
                    Long.parseLong(runId),
                    NightlyPhaseTimes.Phase.PARTITION_WALL,
                    System.nanoTime() - opened);
        }
    }

    private void fetch() throws Exception {
        long started = System.nanoTime();
        int size = Integer.parseInt(pageSize);
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps =
                        c.prepareStatement(
                                "SELECT id FROM loan_exposure WHERE id > ? AND id <= ? AND status ="
                                        + " 'LIVE' ORDER BY id")) {
            ps.setLong(1, after);
            ps.setLong(2, last);
            ps.setMaxRows(size);
            ps.setFetchSize(size);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    page.add(rs.getLong(1));
                }
            }
        }
        exhausted = page.size() < size;
        if (runId != null) {
            times.add(
                    Long.parseLong(runId),
                    NightlyPhaseTimes.Phase.READ_IDS,
                    System.nanoTime() - started);
        }
    }

    @Override
    public Serializable checkpointInfo() {
        return after;
    }
}
