package io.xskc.xsk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FrameLedgerTest {
    @Test
    void inOrderCompletionsBalance() {
        FrameLedger l = new FrameLedger();
        l.submitted(0x100);
        l.submitted(0x200);
        assertTrue(l.completed(0x100));
        assertTrue(l.completed(0x200));
        assertTrue(l.balance().balanced(), l.balance().toString());
        // Reuse after completion is legitimate.
        l.submitted(0x100);
        assertTrue(l.completed(0x100));
        assertTrue(l.balance().balanced());
    }

    @Test
    void duplicateCompletionIsNamed() {
        FrameLedger l = new FrameLedger();
        l.submitted(0x100);
        l.completed(0x100);
        assertFalse(l.completed(0x100));
        var v = assertInstanceOf(OwnershipViolation.DuplicateCompletion.class, l.violations().getFirst());
        assertEquals(0x100, v.address());
        assertTrue(l.balance().toString().contains("0x100"), l.balance().toString());
    }

    @Test
    void unknownAddressIsNamed() {
        FrameLedger l = new FrameLedger();
        l.submitted(0x100);
        assertFalse(l.completed(0xdead));
        var v = assertInstanceOf(OwnershipViolation.UnknownCompletion.class, l.violations().getFirst());
        assertEquals("completion #0 returned 0xdead, which was never submitted", v.describe());
    }

    @Test
    void outOfOrderNamesBothAddresses() {
        FrameLedger l = new FrameLedger();
        l.submitted(0x100);
        l.submitted(0x200);
        assertFalse(l.completed(0x200));
        var v = assertInstanceOf(OwnershipViolation.OutOfOrderCompletion.class, l.violations().getFirst());
        assertEquals(0x100, v.expected());
    }

    @Test
    void missingCompletionsShowInTheBalance() {
        FrameLedger l = new FrameLedger();
        l.submitted(0x100);
        l.submitted(0x200);
        l.completed(0x100);
        var b = l.balance();
        assertFalse(b.balanced());
        assertInstanceOf(OwnershipViolation.NeverCompleted.class, b.violations().getFirst());
        assertEquals(0x200, b.violations().getFirst().address());
    }

    @Test
    void doubleSubmissionIsAViolation() {
        FrameLedger l = new FrameLedger();
        l.submitted(0x100);
        l.submitted(0x100);
        assertInstanceOf(OwnershipViolation.DoubleSubmission.class, l.violations().getFirst());
    }

    @Test
    void framesTheKernelDroppedAndCountedBalanceWithoutACompletion() {
        FrameLedger l = new FrameLedger();
        l.submitted(0x100);
        l.submitted(0x200);
        assertTrue(l.droppedByKernel(0x100));
        assertTrue(l.droppedByKernel(0x200));
        assertFalse(l.droppedByKernel(0x300), "only outstanding frames can be dropped");
        var b = l.balance();
        assertTrue(b.balanced(), b.toString());
        assertEquals(2, b.dropped());
        assertTrue(b.toString().contains("2 dropped by the kernel"), b.toString());
    }
}
