package com.microcredit.origination.domain.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

class DataSetReaderTest {

    @Test
    void csvColumnsAreNumericWhenEveryPresentValueIsANumber() throws Exception {
        DataSet d =
                DataSetReader.read(
                        "h.csv",
                        new StringReader(
                                "\uFEFFmonths,sector,outcome\n"
                                        + "12,\"tea, green\",GOOD\n"
                                        + ",retail,BAD\n"
                                        + "3.5,?,GOOD\n"));
        assertEquals(3, d.size());
        assertEquals(DataSet.Kind.NUMERIC, d.kind("months"));
        assertEquals(DataSet.Kind.NOMINAL, d.kind("sector"));
        assertEquals("tea, green", d.value(0, 1));
        assertNull(d.value(1, 0));
        assertNull(d.value(2, 1));
    }

    @Test
    void arffDeclaresKindsAndQuotesNominalValues() throws Exception {
        DataSet d =
                DataSetReader.read(
                        "g.arff",
                        new StringReader(
                                """
                                % comment
                                @relation german_credit
                                @attribute checking_status { '<0', '0<=X<200', 'no checking'}
                                @attribute duration numeric
                                @attribute 'credit history' {'all paid', critical}
                                @attribute class { good, bad}
                                @data
                                '<0',6,'all paid',good
                                'no checking',48,critical,bad
                                """));
        assertEquals(
                java.util.List.of("checking_status", "duration", "credit history", "class"),
                d.columns());
        assertEquals(DataSet.Kind.NOMINAL, d.kind("checking_status"));
        assertEquals(DataSet.Kind.NUMERIC, d.kind("duration"));
        assertEquals("no checking", d.value(1, 0));
        assertEquals("bad", d.value(1, 3));
    }

    @Test
    void aRowOfTheWrongWidthIsRefusedWithItsLine() {
        TrainingException e =
                assertThrows(
                        TrainingException.class,
                        () -> DataSetReader.read("x.csv", new StringReader("a,b\n1,2\n3\n")));
        assertTrue(e.getMessage().contains("Line 3"), e.getMessage());
    }
}
