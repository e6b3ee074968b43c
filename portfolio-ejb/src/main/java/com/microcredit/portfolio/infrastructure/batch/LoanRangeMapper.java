package com.microcredit.portfolio.infrastructure.batch;

import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Properties;
import javax.sql.DataSource;

/**
 * Splits the live loans into contiguous id ranges of about equal width, one per partition. On a
 * restart the batch runtime reuses the plan of the first execution, so each partition resumes its
 * own range from its own checkpoint.
 */
@Named("loanRangeMapper")
@Dependent
public class LoanRangeMapper implements PartitionMapper {

    @Inject @BatchProperty String partitions;

    @Resource(lookup = "jdbc/mcrc")
    private DataSource dataSource;

    @Override
    public PartitionPlan mapPartitions() throws Exception {
        long min;
        long max;
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs =
                        s.executeQuery(
                                "SELECT MIN(id), MAX(id) FROM loan_exposure WHERE status ="
                                        + " 'LIVE'")) {
            rs.next();
            min = rs.getLong(1);
            max = rs.getLong(2);
        }
        int n = Math.max(1, Integer.parseInt(partitions));
        Properties[] props = ranges(min, max, n);
        PartitionPlanImpl plan = new PartitionPlanImpl();
        plan.setPartitions(props.length);
        plan.setThreads(props.length);
        plan.setPartitionProperties(props);
        return plan;
    }

    /**
     * n contiguous ranges [first, last] covering min..max (one empty range when there are no
     * loans).
     */
    static Properties[] ranges(long min, long max, int n) {
        if (max < min || max == 0) {
            return new Properties[] {range(0, 0, 0)};
        }
        long width = (max - min) / n + 1;
        int count = (int) Math.min(n, max - min + 1);
        Properties[] props = new Properties[count];
        long first = min;
        for (int i = 0; i < count; i++) {
            long last = i == count - 1 ? max : Math.min(max, first + width - 1);
            props[i] = range(i, first, last);
            first = last + 1;
        }
        return props;
    }

    private static Properties range(int partitionNo, long first, long last) {
        Properties p = new Properties();
        p.setProperty("partitionNo", String.valueOf(partitionNo));
        p.setProperty("firstId", String.valueOf(first));
        p.setProperty("lastId", String.valueOf(last));
        return p;
    }
}
