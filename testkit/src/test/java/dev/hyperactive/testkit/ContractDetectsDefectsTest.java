package dev.hyperactive.testkit;

import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.hyperactive.spi.OptimizerProvider;
import dev.hyperactive.testkit.SampleProvider.Defect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Each defect of {@link SampleProvider} makes the check that guards against it fail. */
class ContractDetectsDefectsTest {

    @Test
    void reusedArray() {
        assertFails(contract(Defect.REUSED_ARRAY)::asksReturnFreshArraysThatCallersMayOverwrite);
    }

    @Test
    void outOfBounds() {
        assertFails(contract(Defect.OUT_OF_BOUNDS)::asksStayInsideSpaces);
    }

    @Test
    void skippedInitialPositions() {
        assertFails(contract(Defect.SKIPPED_INITIALS)::initialPositionsComeFirstInOrder);
    }

    @Test
    void unseededGenerator() {
        assertFails(contract(Defect.UNSEEDED)::sameSeedGivesSameSequence);
    }

    @Test
    void fixedSeed() {
        assertFails(contract(Defect.FIXED_SEED)::differentSeedsGiveDifferentSequences);
    }

    @Test
    void nanIntolerance() {
        assertThrows(IllegalStateException.class, contract(Defect.NAN_INTOLERANT)::survivesScoresThatAreNeverFinite);
    }

    @Test
    void stuckOnRejection() {
        assertFails(contract(Defect.STUCK_ON_REJECTION)::survivesConstraintRejectingHalfTheSpace);
    }

    @Test
    void keepsToldArray() {
        assertFails(contract(Defect.KEEPS_TOLD_ARRAY)::asksReturnFreshArraysThatCallersMayOverwrite);
    }

    @Test
    void materializedSpace() {
        assertThrows(ArithmeticException.class, contract(Defect.MATERIALIZES)::runsInSpaceOfThirtyDimensionsOfTenValues);
    }

    private static void assertFails(Executable check) {
        assertThrows(AssertionError.class, check);
    }

    private static OptimizerContractTest contract(Defect defect) {
        return new OptimizerContractTest() {
            @Override
            protected OptimizerProvider provider() {
                return new SampleProvider(defect);
            }
        };
    }
}
