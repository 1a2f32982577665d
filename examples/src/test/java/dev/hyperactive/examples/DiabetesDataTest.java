package dev.hyperactive.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.tribuo.Dataset;
import org.tribuo.Example;
import org.tribuo.regression.Regressor;

class DiabetesDataTest {

    @Test
    void bundledFileHasAllRows() {
        assertEquals(442, DiabetesData.dataset().size());
    }

    @Test
    void bundledFileHasTenFeatures() {
        Set<String> names = new TreeSet<>(DiabetesData.dataset().getFeatureIDMap().keySet());

        assertEquals(new TreeSet<>(Set.of("age", "sex", "bmi", "bp", "s1", "s2", "s3", "s4", "s5", "s6")), names);
    }

    @Test
    void targetsInDocumentedRange() {
        for (Example<Regressor> example : DiabetesData.dataset()) {
            double target = example.getOutput().getValues()[0];
            assertTrue(target >= 25, () -> "progression " + target);
            assertTrue(target <= 346, () -> "progression " + target);
        }
    }

    @Test
    void parseReadsTargetAnywhere() throws Exception {
        Dataset<Regressor> dataset = parse("progression,a,b\n7,1,2\n9,3,4\n");

        assertEquals(2, dataset.size());
        assertEquals(7.0, dataset.getExample(0).getOutput().getValues()[0]);
        assertEquals(2, dataset.getFeatureIDMap().size());
    }

    @Test
    void parseRejectsMissingTarget() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> parse("a,b\n1,2\n"));

        assertEquals("diabetes.csv has no column progression: a,b", e.getMessage());
    }

    @Test
    void parseRejectsShortRow() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> parse("a,progression\n1,2\n3\n"));

        assertEquals("diabetes.csv line 3 must have 2 cells: 3", e.getMessage());
    }

    @Test
    void parseRejectsText() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> parse("a,progression\nx,2\n"));

        assertEquals("diabetes.csv line 2 has a cell that is not a number: 'x'", e.getMessage());
    }

    @Test
    void parseRejectsEmptyFile() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> parse(""));

        assertEquals("diabetes.csv is empty", e.getMessage());
    }

    private static Dataset<Regressor> parse(String text) throws Exception {
        return DiabetesData.parse(new BufferedReader(new StringReader(text)));
    }
}
